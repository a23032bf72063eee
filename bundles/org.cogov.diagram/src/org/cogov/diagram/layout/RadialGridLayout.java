/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.cogov.diagram.model.Box;
import org.cogov.diagram.model.DiagramNode;

/**
 * Our layout for large collaboration networks, linear after sorting: the hub (the data authority) in the centre
 * cell of a grid whose cells fit the largest node, the other departments in rings of cells by their graph
 * distance from the hub (breadth-first), each ring ordered by angle so that a department lies in the direction of
 * the departments it links to (first its inner neighbours, then a few circular barycentre sweeps over all
 * neighbours but the hub). Cells never overlap, so neither do boxes: no overlap removal is needed. Departments not
 * connected to the hub fill the outermost cells, component by component.
 */
final class RadialGridLayout {

	private static final double GAP_X = 44;
	private static final double GAP_Y = 34;
	private static final int SWEEPS = 6;

	private RadialGridLayout() {
	}

	/**
	 * Places the nodes around the hub.
	 *
	 * @param nodes      the nodes to place, the hub among them
	 * @param neighbours the adjacency among them
	 * @param hub        the centre
	 */
	static void place(List<DiagramNode> nodes, Map<DiagramNode, List<DiagramNode>> neighbours, DiagramNode hub) {
		double cellW = nodes.stream().mapToDouble(n -> n.bounds().width()).max().orElse(0) + GAP_X;
		double cellH = nodes.stream().mapToDouble(n -> n.bounds().height()).max().orElse(0) + GAP_Y;
		List<DiagramNode> order = ringOrder(nodes, neighbours, hub);
		List<double[]> cells = cells(order.size(), cellW, cellH);
		List<List<DiagramNode>> rings = rings(order, neighbours, hub);
		List<List<double[]>> ringCells = new ArrayList<>();
		int next = 0;
		for (List<DiagramNode> ring : rings) {
			List<double[]> chunk = new ArrayList<>(cells.subList(next, next + ring.size()));
			next += ring.size();
			chunk.sort(Comparator.comparingDouble(c -> Math.atan2(c[1], c[0])));
			ringCells.add(chunk);
		}
		Map<DiagramNode, Double> angle = new IdentityHashMap<>();
		for (int i = 0; i < rings.size(); i++) { // inner rings first: a node looks towards its inner neighbours
			assign(ringCells.get(i), byTargetAngle(rings.get(i), neighbours, angle, hub), angle);
		}
		for (int sweep = 0; sweep < SWEEPS; sweep++) { // then all neighbours, a few rounds, like barycentric sweeps
			Map<DiagramNode, Double> current = new IdentityHashMap<>(angle);
			for (int i = 1; i < rings.size(); i++) {
				assign(ringCells.get(i), byTargetAngle(rings.get(i), neighbours, current, hub), angle);
			}
		}
	}

	/** Puts the sorted nodes of a ring into its cells, sorted by angle, and records their angles. */
	private static void assign(List<double[]> cells, List<DiagramNode> sorted, Map<DiagramNode, Double> angle) {
		for (int i = 0; i < sorted.size(); i++) {
			double[] cell = cells.get(i);
			DiagramNode node = sorted.get(i);
			Box b = node.bounds();
			node.setBounds(new Box(cell[0] - b.width() / 2, cell[1] - b.height() / 2, b.width(), b.height()));
			angle.put(node, Math.atan2(cell[1], cell[0]));
		}
	}

	/** Breadth-first order from the hub, then the other components in model order. */
	private static List<DiagramNode> ringOrder(List<DiagramNode> nodes, Map<DiagramNode, List<DiagramNode>> neighbours,
			DiagramNode hub) {
		List<DiagramNode> order = new ArrayList<>();
		Map<DiagramNode, Boolean> seen = new IdentityHashMap<>();
		for (DiagramNode start : startNodes(nodes, hub)) {
			if (seen.containsKey(start)) {
				continue;
			}
			Deque<DiagramNode> queue = new ArrayDeque<>();
			queue.add(start);
			seen.put(start, true);
			while (!queue.isEmpty()) {
				DiagramNode node = queue.poll();
				order.add(node);
				for (DiagramNode other : neighbours.getOrDefault(node, List.of())) {
					if (seen.putIfAbsent(other, true) == null) {
						queue.add(other);
					}
				}
			}
		}
		return order;
	}

	private static List<DiagramNode> startNodes(List<DiagramNode> nodes, DiagramNode hub) {
		List<DiagramNode> starts = new ArrayList<>();
		starts.add(hub);
		starts.addAll(nodes);
		return starts;
	}

	/** Rings: the hub, then each breadth-first distance from it; other components after the farthest ring. */
	private static List<List<DiagramNode>> rings(List<DiagramNode> order, Map<DiagramNode, List<DiagramNode>> neighbours,
			DiagramNode hub) {
		Map<DiagramNode, Integer> level = new IdentityHashMap<>();
		level.put(hub, 0);
		Deque<DiagramNode> queue = new ArrayDeque<>(List.of(hub));
		List<List<DiagramNode>> rings = new ArrayList<>();
		while (!queue.isEmpty()) {
			DiagramNode node = queue.poll();
			int l = level.get(node);
			if (rings.size() <= l) {
				rings.add(new ArrayList<>());
			}
			rings.get(l).add(node);
			for (DiagramNode other : neighbours.getOrDefault(node, List.of())) {
				if (level.putIfAbsent(other, l + 1) == null) {
					queue.add(other);
				}
			}
		}
		List<DiagramNode> rest = order.stream().filter(n -> !level.containsKey(n)).toList();
		if (!rest.isEmpty()) {
			rings.add(rest);
		}
		return rings;
	}

	/**
	 * Orders a ring by the mean direction of each node's placed neighbours other than the hub; a node without any
	 * keeps its own angle if placed, else its breadth-first position spread around the circle.
	 */
	private static List<DiagramNode> byTargetAngle(List<DiagramNode> ring, Map<DiagramNode, List<DiagramNode>> neighbours,
			Map<DiagramNode, Double> placed, DiagramNode hub) {
		Map<DiagramNode, Double> target = new IdentityHashMap<>();
		for (int i = 0; i < ring.size(); i++) {
			DiagramNode node = ring.get(i);
			double sx = 0;
			double sy = 0;
			for (DiagramNode other : neighbours.getOrDefault(node, List.of())) {
				Double a = placed.get(other);
				if (a != null && other != hub) {
					sx += Math.cos(a);
					sy += Math.sin(a);
				}
			}
			Double own = placed.get(node);
			double fallback = own != null ? own : -Math.PI + 2 * Math.PI * (i + 0.5) / ring.size();
			target.put(node, sx * sx + sy * sy > 1e-12 ? Math.atan2(sy, sx) : fallback);
		}
		List<DiagramNode> sorted = new ArrayList<>(ring);
		sorted.sort(Comparator.comparingDouble(target::get));
		return sorted;
	}

	/** The count cells nearest the centre, nearest first (ties by angle), as centre coordinates. */
	private static List<double[]> cells(int count, double cellW, double cellH) {
		int radius = 1;
		while (countWithin(radius, cellW, cellH) < count) {
			radius++;
		}
		double limit = radius * Math.max(cellW, cellH);
		int nx = (int) Math.ceil(limit / cellW);
		int ny = (int) Math.ceil(limit / cellH);
		List<double[]> cells = new ArrayList<>();
		for (int i = -nx; i <= nx; i++) {
			for (int j = -ny; j <= ny; j++) {
				cells.add(new double[] { i * cellW, j * cellH });
			}
		}
		cells.sort(Comparator.<double[]>comparingDouble(c -> Math.hypot(c[0], c[1])).thenComparingDouble(c -> Math.atan2(c[1], c[0])));
		return new ArrayList<>(cells.subList(0, count));
	}

	/** How many cells lie within radius r (in units of the longer cell side) of the centre. */
	private static int countWithin(int r, double cellW, double cellH) {
		double limit = r * Math.max(cellW, cellH);
		int nx = (int) Math.floor(limit / cellW);
		int ny = (int) Math.floor(limit / cellH);
		int count = 0;
		for (int i = -nx; i <= nx; i++) {
			for (int j = -ny; j <= ny; j++) {
				if (Math.hypot(i * cellW, j * cellH) <= limit) {
					count++;
				}
			}
		}
		return count;
	}
}
