/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis;

import org.cogov.analysis.classification.Classification;
import org.cogov.analysis.classification.StructureFeatures;
import org.cogov.analysis.metrics.CollaborationMetrics;
import org.cogov.analysis.metrics.CollaborationNetwork;
import org.cogov.analysis.metrics.DecisionInclusiveness;
import org.cogov.analysis.shares.DecisionShares;
import org.cogov.model.StructurePhase;

/**
 * Everything computed for one structure phase: decision shares, structure features, the classification with its
 * explanation, the collaboration network, decision inclusiveness and the collaboration metrics.
 *
 * @param phase          the phase
 * @param shares         decision shares
 * @param features       structure features
 * @param classification computed type and explanation
 * @param network        collaboration network of the phase's period
 * @param inclusiveness  decision inclusiveness item by item
 * @param metrics        collaboration metrics including IDCI
 */
public record PhaseAnalysis(StructurePhase phase, DecisionShares shares, StructureFeatures features,
		Classification classification, CollaborationNetwork network, DecisionInclusiveness inclusiveness,
		CollaborationMetrics metrics) {
}
