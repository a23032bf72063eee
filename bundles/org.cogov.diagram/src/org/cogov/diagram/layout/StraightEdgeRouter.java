/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cogov.diagram.model.Box;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.model.Point;

/**
 * Straight edges for the network: from border to border along the line between the node centres; several links
 * between the same two departments run side by side at a fixed distance, so every link kind stays visible.
 */
final class StraightEdgeRouter {

	private static final double PARALLEL_DISTANCE = 9;

	private StraightEdgeRouter() {
	}

	static void route(Diagram diagram) {
		route(diagram, edge -> true);
	}

	/** Routes the edges that pass the test (those of nodes moved by hand), parallel ones side by side as always. */
	static void route(Diagram diagram, java.util.function.Predicate<DiagramEdge> which) {
		Map<String, List<DiagramEdge>> byPair = new LinkedHashMap<>();
		for (DiagramEdge edge : diagram.edges()) {
			byPair.computeIfAbsent(pairKey(edge), k -> new ArrayList<>()).add(edge);
		}
		for (List<DiagramEdge> parallel : byPair.values()) {
			for (int i = 0; i < parallel.size(); i++) {
				if (which.test(parallel.get(i))) {
					route(parallel.get(i), (i - (parallel.size() - 1) / 2.0) * PARALLEL_DISTANCE);
				}
			}
		}
	}

	private static String pairKey(DiagramEdge edge) {
		String a = edge.source().id();
		String b = edge.target().id();
		return a.compareTo(b) < 0 ? a + '\u0000' + b : b + '\u0000' + a;
	}

	/** Routes one edge, shifted sideways by offset (measured in the direction from the smaller id to the larger). */
	private static void route(DiagramEdge edge, double offset) {
		DiagramNode from = edge.source();
		DiagramNode to = edge.target();
		boolean flipped = from.id().compareTo(to.id()) > 0;
		Point a = from.bounds().centre();
		Point b = to.bounds().centre();
		double dx = b.x() - a.x();
		double dy = b.y() - a.y();
		double length = Math.hypot(dx, dy);
		if (length < 1e-9) {
			edge.setRoute(List.of(a, b));
			return;
		}
		double side = flipped ? -offset : offset;
		double ox = -dy / length * side;
		double oy = dx / length * side;
		Point start = exit(from.bounds(), a.translate(ox, oy), dx, dy);
		Point end = exit(to.bounds(), b.translate(ox, oy), -dx, -dy);
		edge.setRoute(List.of(start, end));
		if (edge.labelBounds() != null) {
			Box label = edge.labelBounds();
			double mx = (start.x() + end.x()) / 2;
			double my = (start.y() + end.y()) / 2;
			edge.setLabelBounds(new Box(mx - label.width() / 2, my - label.height() / 2, label.width(), label.height()));
		}
	}

	/** Where the ray from p (inside the box, clamped to it) in direction (dx, dy) leaves the box. */
	static Point exit(Box box, Point p, double dx, double dy) {
		double px = Math.min(Math.max(p.x(), box.x()), box.right());
		double py = Math.min(Math.max(p.y(), box.y()), box.bottom());
		double t = Double.MAX_VALUE;
		if (dx > 0) {
			t = Math.min(t, (box.right() - px) / dx);
		} else if (dx < 0) {
			t = Math.min(t, (box.x() - px) / dx);
		}
		if (dy > 0) {
			t = Math.min(t, (box.bottom() - py) / dy);
		} else if (dy < 0) {
			t = Math.min(t, (box.y() - py) / dy);
		}
		return new Point(px + t * dx, py + t * dy);
	}
}
