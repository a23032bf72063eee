/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.render;

import java.util.ArrayList;
import java.util.List;

import org.cogov.diagram.layout.NodeMetrics;
import org.cogov.diagram.model.Box;
import org.cogov.diagram.model.DiagramGroup;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.model.Marker;
import org.cogov.diagram.model.Severity;
import org.cogov.diagram.style.Colour;
import org.cogov.diagram.style.DiagramStyle;
import org.cogov.diagram.style.Fonts;
import org.cogov.diagram.style.GroupStyle;
import org.cogov.diagram.style.NodeStyle;
import org.cogov.diagram.style.TextStyle;

/** Draws node boxes with their centred text and marker badges, and group containers with their titles. */
final class NodePainter {

	private NodePainter() {
	}

	static void group(DrawingSurface surface, DiagramGroup group) {
		GroupStyle style = DiagramStyle.group(group.kind());
		Box box = group.bounds();
		surface.beginItem(group.id(), group.title());
		surface.rectangle(box, 8, style.fill(), style.border());
		surface.text(group.title(), box.x() + NodeMetrics.GROUP_PAD,
				Fonts.baseline(box.y() + 2, NodeMetrics.GROUP_TITLE_BAND, Fonts.GROUP_TITLE),
				new TextStyle(Fonts.GROUP_TITLE, true, style.title(), TextStyle.Anchor.START));
		surface.endItem();
	}

	static void node(DrawingSurface surface, DiagramNode node) {
		NodeStyle style = DiagramStyle.node(node.kind(), node.flags());
		Box box = node.bounds();
		surface.beginItem(node.id(), tooltip(node));
		surface.rectangle(box, style.radius(), style.fill(), style.border());
		double centre = box.centre().x();
		List<String> title = node.titleLines();
		double top = NodeMetrics.textTop(box, title.size(), node.lines().size());
		TextStyle titleStyle = new TextStyle(Fonts.NODE_TITLE, true, style.text(), TextStyle.Anchor.MIDDLE);
		for (String line : title) {
			surface.text(line, centre, Fonts.baseline(top, NodeMetrics.TITLE_LINE, Fonts.NODE_TITLE), titleStyle);
			top += NodeMetrics.TITLE_LINE;
		}
		TextStyle lineStyle = new TextStyle(Fonts.NODE_TEXT, false, secondary(style.text()), TextStyle.Anchor.MIDDLE);
		for (String line : node.lines()) {
			surface.text(line, centre, Fonts.baseline(top, NodeMetrics.TEXT_LINE, Fonts.NODE_TEXT), lineStyle);
			top += NodeMetrics.TEXT_LINE;
		}
		badges(surface, node, box);
		surface.endItem();
	}

	/** One badge per distinct severity, from the top-right corner leftwards, most severe rightmost. */
	private static void badges(DrawingSurface surface, DiagramNode node, Box box) {
		List<Severity> severities = node.markers().stream().map(Marker::severity).distinct().toList();
		for (int k = 0; k < severities.size(); k++) {
			double x = box.right() - 3 - (k + 1) * NodeMetrics.BADGE - k * 2;
			badge(surface, severities.get(k), new Box(x, box.y() + 3, NodeMetrics.BADGE, NodeMetrics.BADGE));
		}
	}

	/** A round badge with the severity's letter (also used by the legend). */
	static void badge(DrawingSurface surface, Severity severity, Box box) {
		surface.rectangle(box, box.width() / 2, DiagramStyle.marker(severity), null);
		surface.text(severity.badge(), box.centre().x(), Fonts.baseline(box.y(), box.height(), Fonts.BADGE),
				new TextStyle(Fonts.BADGE, true, Colour.WHITE, TextStyle.Anchor.MIDDLE));
	}

	private static Colour secondary(Colour text) {
		return text.equals(DiagramStyle.INK) ? Colour.rgb(0x2d3748) : text;
	}

	private static String tooltip(DiagramNode node) {
		List<String> parts = new ArrayList<>();
		parts.add(node.title());
		parts.addAll(node.lines());
		node.markers().forEach(m -> parts.add(m.message()));
		return String.join("\n", parts); //$NON-NLS-1$
	}
}
