/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * One builder per diagram kind, each turning a case, a structure phase and the phase's analysis into a diagram
 * model (before layout); validation findings become markers; a generator of synthetic collaboration networks
 * serves benchmarks and tests.
 */
package org.cogov.diagram.build;
