/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.diagram;

import org.cogov.diagram.model.Box;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.model.Marker;

/** What the canvas needs to know of a node or an edge on screen: its extent, its tooltip, its successor. */
final class DiagramItems {

	private DiagramItems() {
	}

	/** The box a node or an edge's route covers, or null. */
	static Box boundsOf(Object item) {
		if (item instanceof DiagramNode node) {
			return node.bounds();
		}
		if (item instanceof DiagramEdge edge && edge.route().size() > 0) {
			Box box = new Box(edge.route().get(0).x(), edge.route().get(0).y(), 0, 0);
			for (var p : edge.route()) {
				box = box.union(new Box(p.x(), p.y(), 0, 0));
			}
			return box;
		}
		return null;
	}

	/** The item of a new diagram that stands for the same thing (same id) as an item of the old one. */
	static Object sameItemIn(Diagram next, Object item) {
		if (item instanceof DiagramNode node) {
			return next.node(node.id());
		}
		if (item instanceof DiagramEdge edge) {
			return next.edges().stream().filter(e -> e.id().equals(edge.id())).findFirst().orElse(null);
		}
		return null;
	}

	static String tooltip(Object item) {
		if (item instanceof DiagramNode node) {
			StringBuilder text = new StringBuilder(node.title());
			for (Marker marker : node.markers()) {
				text.append('\n').append(marker.code()).append(": ").append(marker.message()); //$NON-NLS-1$
			}
			return text.toString();
		}
		if (item instanceof DiagramEdge edge) {
			return edge.label() == null || edge.label().isEmpty()
					? edge.source().title() + " \u2192 " + edge.target().title() //$NON-NLS-1$
					: edge.label();
		}
		return null;
	}
}
