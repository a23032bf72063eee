/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The thesis' four structure types (co-creation-and-sharing, network, enterprise-led, government-led) assigned by
 * ordered rules over structure features, with an explanation of every condition and borderline warnings. The
 * thresholds in {@link org.cogov.analysis.classification.ClassificationParameters} are our operationalisation.
 */
package org.cogov.analysis.classification;
