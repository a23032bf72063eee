/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * CoGov diagrams: role, decision, collaboration-network and path-model diagrams of a structure phase, laid out by
 * ELK and rendered as SVG or PNG without a display. Start at {@link org.cogov.diagram.GovernanceDiagrams}.
 */
package org.cogov.diagram;
