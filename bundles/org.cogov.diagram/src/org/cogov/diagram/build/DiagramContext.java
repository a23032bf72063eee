/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.build;

import java.util.Locale;

import org.cogov.analysis.PhaseAnalysis;
import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.diagram.model.DiagramWords;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructurePhase;

/**
 * What a builder reads: the case, the phase shown, the parameters of our operationalisation, the phase's
 * analysis computed with them, and the language of the diagram's words.
 *
 * @param platformCase the case
 * @param phase        the phase of the case
 * @param parameters   classification parameters
 * @param analysis     the phase's analysis
 * @param locale       the language of titles, legends and node texts (English unless Chinese)
 */
public record DiagramContext(PlatformCase platformCase, StructurePhase phase, ClassificationParameters parameters,
		PhaseAnalysis analysis, Locale locale) {

	/** A null locale means the JVM's default. */
	public DiagramContext {
		locale = locale == null ? Locale.getDefault() : locale;
	}

	/** A context in the JVM's default language, as before diagrams spoke Chinese. */
	public DiagramContext(PlatformCase platformCase, StructurePhase phase, ClassificationParameters parameters,
			PhaseAnalysis analysis) {
		this(platformCase, phase, parameters, analysis, Locale.getDefault());
	}

	/** The words of a key in the context's language (see {@code DiagramWords}). */
	public String words(String key, Object... arguments) {
		return DiagramWords.get(locale, key, arguments);
	}
}
