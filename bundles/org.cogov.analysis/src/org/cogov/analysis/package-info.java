/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Headless analyses of CoGov models: {@link org.cogov.analysis.GovernanceAnalysis} analyses a structure phase
 * (decision shares, structure type, collaboration metrics), a case over time (with the changes between phases tied
 * to the timeline) and a study (the cases side by side and whether they support the thesis' finding). Everything
 * that turns the thesis' words into numbers is our operationalisation, changeable per study in
 * {@code cogov-params.properties} and explained with every result.
 */
package org.cogov.analysis;
