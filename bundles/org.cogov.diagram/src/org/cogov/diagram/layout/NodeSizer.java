/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.layout;

import java.util.List;

import org.cogov.diagram.model.Box;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.style.Fonts;

/** Sizes every node to its measured text and every edge label to its text, before layout. */
final class NodeSizer {

	private NodeSizer() {
	}

	static void size(Diagram diagram, TextMeasure measure) {
		for (DiagramNode node : diagram.nodes()) {
			List<String> title = TextWrap.wrap(node.title(), measure, Fonts.NODE_TITLE, true, NodeMetrics.MAX_TITLE_WIDTH);
			node.setTitleLines(title);
			double width = 0;
			for (String line : title) {
				width = Math.max(width, measure.width(line, Fonts.NODE_TITLE, true));
			}
			for (String line : node.lines()) {
				width = Math.max(width, measure.width(line, Fonts.NODE_TEXT, false));
			}
			// badges sit in the top-right corner: keep the centred title clear of them on both sides
			double badges = node.markers().isEmpty() ? 0 : 2 * (badgeCount(node) * (NodeMetrics.BADGE + 2) + 2);
			width = Math.max(NodeMetrics.MIN_WIDTH, Math.ceil(width + 2 * NodeMetrics.PAD_X + badges));
			double height = Math.ceil(2 * NodeMetrics.PAD_Y + NodeMetrics.textHeight(title.size(), node.lines().size()));
			node.setBounds(new Box(0, 0, width, height));
		}
		for (DiagramEdge edge : diagram.edges()) {
			if (edge.label() == null || edge.label().isEmpty()) {
				edge.setLabelBounds(null);
			} else {
				double width = Math.ceil(measure.width(edge.label(), Fonts.EDGE_LABEL, false) + 2 * NodeMetrics.LABEL_PAD);
				edge.setLabelBounds(new Box(0, 0, width, NodeMetrics.LABEL_HEIGHT));
			}
		}
	}

	/** The number of badges drawn: one per distinct severity. */
	static int badgeCount(DiagramNode node) {
		return (int) node.markers().stream().map(m -> m.severity()).distinct().count();
	}
}
