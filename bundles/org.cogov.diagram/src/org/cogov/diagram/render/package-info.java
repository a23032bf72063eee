/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Painting a laid-out diagram: one painter draws onto a small drawing surface; surfaces for SVG and PNG are here,
 * the workbench adds one for SWT. {@link org.cogov.diagram.render.DiagramExport} writes files.
 */
package org.cogov.diagram.render;
