/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.render;

import java.util.List;
import java.util.Locale;

import org.cogov.diagram.model.ArrowEnds;
import org.cogov.diagram.model.Box;
import org.cogov.diagram.model.Channel;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramWords;
import org.cogov.diagram.model.EdgeKind;
import org.cogov.diagram.model.Point;
import org.cogov.diagram.style.Colour;
import org.cogov.diagram.style.DiagramStyle;
import org.cogov.diagram.style.EdgeStyle;
import org.cogov.diagram.style.Fonts;
import org.cogov.diagram.style.Stroke;
import org.cogov.diagram.style.TextStyle;

/** Draws edges: the line in its style, arrowheads at the ends that carry them, the label on a light plate. */
final class EdgePainter {

	private EdgePainter() {
	}

	/** Draws the line and arrowheads of an edge, with a tooltip in the diagram's language. */
	static void line(DrawingSurface surface, DiagramEdge edge, Locale locale) {
		List<Point> route = edge.route();
		if (route.size() < 2) {
			return;
		}
		EdgeStyle style = DiagramStyle.edge(edge.kind(), edge.channel());
		surface.beginItem(edge.id(), tooltip(edge, locale));
		line(surface, route, style, edge.ends());
		surface.endItem();
	}

	/** Draws a route in a style with arrowheads at the given ends (also used for legend samples). */
	static void line(DrawingSurface surface, List<Point> route, EdgeStyle style, ArrowEnds ends) {
		Stroke stroke = style.stroke();
		double inset = ArrowHeads.inset(style.head(), stroke);
		List<Point> shortened = ArrowHeads.shorten(route, ends.atSource() ? inset : 0, ends.atTarget() ? inset : 0);
		if (stroke.doubled()) {
			surface.polyline(shortened, stroke.solidified().withWidth(stroke.width() * 2.8));
			surface.polyline(shortened, Stroke.solid(DiagramStyle.BACKGROUND, stroke.width() * 0.9));
		} else {
			surface.polyline(shortened, stroke);
		}
		int n = route.size();
		if (ends.atTarget()) {
			ArrowHeads.draw(surface, style.head(), route.get(n - 2), route.get(n - 1), stroke);
		}
		if (ends.atSource()) {
			ArrowHeads.draw(surface, style.head(), route.get(1), route.get(0), stroke);
		}
	}

	/** Draws the label of an edge, if any, on a plate that hides the lines beneath it. */
	static void label(DrawingSurface surface, DiagramEdge edge) {
		Box box = edge.labelBounds();
		if (box == null || edge.label() == null) {
			return;
		}
		surface.rectangle(box, 3, DiagramStyle.LABEL_BACKGROUND, null);
		TextStyle text = new TextStyle(Fonts.EDGE_LABEL, false, labelColour(edge.kind(), edge.channel()), TextStyle.Anchor.MIDDLE);
		surface.text(edge.label(), box.centre().x(), Fonts.baseline(box.y(), box.height(), Fonts.EDGE_LABEL), text);
	}

	/** "accountable for: 大数据局 → 数据质量治理", with the channel of a link and the edge's label. */
	static String tooltip(DiagramEdge edge, Locale locale) {
		String kind = edge.channel() == Channel.NONE ? edge.kind().label(locale)
				: DiagramWords.get(locale, "network.legend.link", edge.kind().label(locale), edge.channel().label(locale)); //$NON-NLS-1$
		String text = DiagramWords.get(locale, "edge.tooltip", kind, edge.source().title(), edge.target().title()); //$NON-NLS-1$
		return edge.label() == null || edge.label().isEmpty() ? text : text + " · " + edge.label(); //$NON-NLS-1$
	}

	/** Label text in the edge's colour where that stays dark enough to read, else in ink. */
	private static Colour labelColour(EdgeKind kind, Channel channel) {
		Colour colour = DiagramStyle.edge(kind, channel).stroke().colour();
		double luminance = 0.2126 * colour.red() + 0.7152 * colour.green() + 0.0722 * colour.blue();
		return luminance < 110 ? colour : DiagramStyle.INK;
	}
}
