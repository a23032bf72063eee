/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.render;

import org.cogov.diagram.model.Box;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramGroup;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.style.DiagramStyle;
import org.cogov.diagram.style.Fonts;
import org.cogov.diagram.style.TextStyle;

/**
 * The one painter of laid-out diagrams, for every surface. Painting order makes everything readable: groups at
 * the back, then edge lines with their arrowheads (which end on node borders, so nodes never hide them), then the
 * nodes, then edge labels on plates above all lines, then title and legend.
 */
public final class DiagramPainter {

	private DiagramPainter() {
	}

	/**
	 * Paints a diagram.
	 *
	 * @throws IllegalStateException if the diagram has not been laid out
	 */
	public static void paint(Diagram diagram, DrawingSurface surface) {
		if (!diagram.isLaidOut()) {
			throw new IllegalStateException("lay out the diagram before painting it (DiagramLayout.layout)"); //$NON-NLS-1$
		}
		surface.begin(diagram.width(), diagram.height(), DiagramStyle.BACKGROUND);
		for (DiagramGroup group : diagram.groups()) {
			NodePainter.group(surface, group);
		}
		for (DiagramEdge edge : diagram.edges()) {
			EdgePainter.line(surface, edge, diagram.locale());
		}
		for (DiagramNode node : diagram.nodes()) {
			NodePainter.node(surface, node);
		}
		for (DiagramEdge edge : diagram.edges()) {
			EdgePainter.label(surface, edge);
		}
		title(surface, diagram);
		LegendPainter.paint(surface, diagram.legend());
		surface.end();
	}

	private static void title(DrawingSurface surface, Diagram diagram) {
		Box title = diagram.titleBounds();
		surface.text(diagram.title(), title.x(), Fonts.baseline(title.y(), title.height(), Fonts.TITLE),
				new TextStyle(Fonts.TITLE, true, DiagramStyle.INK, TextStyle.Anchor.START));
		Box subtitle = diagram.subtitleBounds();
		if (!diagram.subtitle().isEmpty()) {
			surface.text(diagram.subtitle(), subtitle.x(), Fonts.baseline(subtitle.y(), subtitle.height(), Fonts.SUBTITLE),
					new TextStyle(Fonts.SUBTITLE, false, DiagramStyle.MUTED, TextStyle.Anchor.START));
		}
	}
}
