/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.render;

import org.cogov.diagram.model.Diagram;

/** Renders a laid-out diagram as a self-contained SVG 1.1 document. */
public final class SvgRenderer {

	private SvgRenderer() {
	}

	/** The SVG document; deterministic for the same laid-out diagram. */
	public static String render(Diagram diagram) {
		SvgSurface surface = new SvgSurface();
		DiagramPainter.paint(diagram, surface);
		return surface.svg();
	}
}
