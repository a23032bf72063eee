/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cogov.diagram.build.SyntheticNetworks;
import org.cogov.diagram.model.Box;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.model.NodeKind;

/**
 * Layout of a collaboration network, chosen by size. Up to {@link #STRESS_LIMIT} connected departments ELK's
 * stress layout (graph distance becomes drawing distance, which shows clusters and lateral ties best), followed
 * by overlap removal; above it, where stress takes seconds to a minute, {@link RadialGridLayout} around the data
 * authority, which is linear after sorting. Isolated departments always go to a row below the network, where a
 * reader sees them at once. Edges are straight, from border to border.
 */
public final class NetworkLayout {

	/** The largest number of connected departments laid out with ELK stress. */
	public static final int STRESS_LIMIT = 100;

	/** The two placements. */
	public enum Method {
		/** ELK stress majorization plus overlap removal. */
		STRESS,
		/** Rings of grid cells around the hub. */
		RADIAL_GRID
	}

	private static final double GAP = 26;
	private static final double ISOLATE_GAP = 48;

	private NetworkLayout() {
	}

	/** The method used for a number of connected departments. */
	public static Method methodFor(int connected) {
		return connected <= STRESS_LIMIT ? Method.STRESS : Method.RADIAL_GRID;
	}

	/**
	 * Builds and lays out a synthetic collaboration-like network of n departments (see
	 * {@link SyntheticNetworks#collaborationLike(int, long)}) with the standard text measure: the subject of the
	 * layout benchmark. To time the layout alone, build the network once and call
	 * {@link DiagramLayout#layout(Diagram)} on it repeatedly.
	 */
	public static Diagram layoutSynthetic(int n, long seed) {
		return DiagramLayout.layout(SyntheticNetworks.collaborationLike(n, seed));
	}

	/** Lays out a sized network with the method its size calls for. */
	static void layout(Diagram diagram) {
		List<DiagramNode> connected = connected(diagram);
		layout(diagram, methodFor(connected.size()));
	}

	/** Lays out a sized network with a given method (benchmarks compare both). */
	static void layout(Diagram diagram, Method method) {
		List<DiagramNode> connected = connected(diagram);
		Set<DiagramNode> linked = Collections.newSetFromMap(new IdentityHashMap<>());
		linked.addAll(connected);
		List<DiagramNode> isolates = diagram.nodes().stream().filter(n -> !linked.contains(n)).toList();
		if (!connected.isEmpty()) {
			if (method == Method.STRESS) {
				StressLayout.place(connected, diagram.edges());
				OverlapRemoval.separate(connected, GAP);
			} else {
				RadialGridLayout.place(connected, neighbours(diagram), hub(connected, diagram));
			}
			normalise(connected);
		}
		placeIsolates(connected, isolates);
		StraightEdgeRouter.route(diagram);
	}

	private static List<DiagramNode> connected(Diagram diagram) {
		Map<DiagramNode, Boolean> linked = new IdentityHashMap<>();
		for (DiagramEdge edge : diagram.edges()) {
			if (edge.source() != edge.target()) {
				linked.put(edge.source(), true);
				linked.put(edge.target(), true);
			}
		}
		return diagram.nodes().stream().filter(linked::containsKey).toList();
	}

	private static Map<DiagramNode, List<DiagramNode>> neighbours(Diagram diagram) {
		Map<DiagramNode, List<DiagramNode>> neighbours = new IdentityHashMap<>();
		for (DiagramEdge edge : diagram.edges()) {
			if (edge.source() == edge.target()) {
				continue;
			}
			List<DiagramNode> a = neighbours.computeIfAbsent(edge.source(), k -> new ArrayList<>());
			if (!a.contains(edge.target())) { // parallel links count once
				a.add(edge.target());
				neighbours.computeIfAbsent(edge.target(), k -> new ArrayList<>()).add(edge.source());
			}
		}
		return neighbours;
	}

	/** The data authority with most links, else the department with most links (first in order on ties). */
	private static DiagramNode hub(List<DiagramNode> connected, Diagram diagram) {
		Map<DiagramNode, Integer> degree = new IdentityHashMap<>();
		neighbours(diagram).forEach((node, list) -> degree.put(node, list.size()));
		Comparator<DiagramNode> byDegree = Comparator.comparingInt(n -> degree.getOrDefault(n, 0));
		return connected.stream().filter(n -> n.kind() == NodeKind.DATA_AUTHORITY).max(byDegree)
				.orElseGet(() -> connected.stream().max(byDegree).orElseThrow());
	}

	private static void normalise(List<DiagramNode> nodes) {
		double minX = nodes.stream().mapToDouble(n -> n.bounds().x()).min().orElse(0);
		double minY = nodes.stream().mapToDouble(n -> n.bounds().y()).min().orElse(0);
		nodes.forEach(n -> n.setBounds(n.bounds().translate(-minX, -minY)));
	}

	/** Isolates in rows below the connected part, as wide as it (at least four per row). */
	private static void placeIsolates(List<DiagramNode> connected, List<DiagramNode> isolates) {
		if (isolates.isEmpty()) {
			return;
		}
		double width = connected.stream().mapToDouble(n -> n.bounds().right()).max().orElse(0);
		double top = connected.isEmpty() ? 0 : connected.stream().mapToDouble(n -> n.bounds().bottom()).max().orElse(0) + ISOLATE_GAP;
		double widest = isolates.stream().mapToDouble(n -> n.bounds().width()).max().orElse(0);
		double rowWidth = Math.max(width, 4 * (widest + GAP));
		double x = 0;
		double rowHeight = 0;
		for (DiagramNode node : isolates) {
			Box b = node.bounds();
			if (x > 0 && x + b.width() > rowWidth) {
				x = 0;
				top += rowHeight + GAP;
				rowHeight = 0;
			}
			node.setBounds(new Box(x, top, b.width(), b.height()));
			x += b.width() + GAP;
			rowHeight = Math.max(rowHeight, b.height());
		}
	}
}
