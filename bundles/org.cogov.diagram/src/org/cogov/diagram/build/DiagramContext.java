/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.build;

import org.cogov.analysis.PhaseAnalysis;
import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructurePhase;

/**
 * What a builder reads: the case, the phase shown, the parameters of our operationalisation and the phase's
 * analysis computed with them.
 *
 * @param platformCase the case
 * @param phase        the phase of the case
 * @param parameters   classification parameters
 * @param analysis     the phase's analysis
 */
public record DiagramContext(PlatformCase platformCase, StructurePhase phase, ClassificationParameters parameters,
		PhaseAnalysis analysis) {
}
