/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.cogov.diagram.model.ArrowEnds;
import org.cogov.diagram.model.Channel;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.model.EdgeKind;
import org.cogov.diagram.model.NodeKind;

/**
 * Synthetic collaboration-like networks for benchmarks and tests: n departments, one hub (the data authority)
 * linked to 60% of the others, and further links between random pairs up to about 1.5 n links; the same seed gives
 * the same network. {@link #toDot(Diagram)} writes the laid-out sizes as a Graphviz graph for side-by-side timing.
 */
public final class SyntheticNetworks {

	private SyntheticNetworks() {
	}

	/** A network diagram (before layout) of n departments, n &gt;= 2. */
	public static Diagram collaborationLike(int n, long seed) {
		if (n < 2) {
			throw new IllegalArgumentException("a network needs at least 2 departments, got " + n); //$NON-NLS-1$
		}
		Random random = new Random(seed);
		Diagram diagram = new Diagram(DiagramKind.NETWORK, "Synthetic collaboration network of " + n + " departments", //$NON-NLS-1$ //$NON-NLS-2$
				"seed " + seed); //$NON-NLS-1$
		List<DiagramNode> nodes = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			String code = String.format(Locale.ROOT, "D%03d", i); //$NON-NLS-1$
			NodeKind kind = i == 0 ? NodeKind.DATA_AUTHORITY : NodeKind.DEPARTMENT;
			nodes.add(diagram.add(new DiagramNode("dept:" + code, kind, i == 0 ? "大数据局" : "部门 " + i, List.of(code), null))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		Set<Long> pairs = new HashSet<>();
		List<Integer> others = new ArrayList<>();
		for (int i = 1; i < n; i++) {
			others.add(i);
		}
		java.util.Collections.shuffle(others, random);
		int hubLinks = (int) Math.round(0.6 * (n - 1));
		for (int k = 0; k < hubLinks; k++) {
			link(diagram, nodes, pairs, 0, others.get(k), random);
		}
		int target = (int) Math.round(1.5 * n);
		long possible = (long) n * (n - 1) / 2;
		while (pairs.size() < Math.min(target, possible)) {
			int a = 1 + random.nextInt(n - 1);
			int b = random.nextInt(n);
			link(diagram, nodes, pairs, a, b, random);
		}
		return diagram;
	}

	private static void link(Diagram diagram, List<DiagramNode> nodes, Set<Long> pairs, int a, int b, Random random) {
		if (a == b || !pairs.add((long) Math.min(a, b) * nodes.size() + Math.max(a, b))) {
			return;
		}
		EdgeKind kind = random.nextInt(4) == 0 ? EdgeKind.JOINT_PROJECT : EdgeKind.DATA_SHARING;
		Channel channel = random.nextInt(5) == 0 ? Channel.DIRECT : Channel.PLATFORM;
		ArrowEnds ends = random.nextBoolean() ? ArrowEnds.BOTH : ArrowEnds.TARGET;
		diagram.add(new DiagramEdge("link:" + pairs.size(), nodes.get(a), nodes.get(b), kind, channel, ends, null, null)); //$NON-NLS-1$
	}

	/**
	 * The network as a Graphviz digraph with every node's laid-out size as a fixed box (inches at 96 dpi, at least
	 * 120 x 40 px), so that {@code dot} lays out the same graph as ELK or our own layout.
	 */
	public static String toDot(Diagram diagram) {
		StringBuilder dot = new StringBuilder("digraph collaboration {\n  node [shape=box, fixedsize=true];\n"); //$NON-NLS-1$
		List<DiagramNode> nodes = diagram.nodes();
		Map<DiagramNode, Integer> index = new HashMap<>();
		for (int i = 0; i < nodes.size(); i++) {
			index.put(nodes.get(i), i);
			DiagramNode node = nodes.get(i);
			double w = Math.max(node.bounds().width(), 120) / 96.0;
			double h = Math.max(node.bounds().height(), 40) / 96.0;
			dot.append(String.format(Locale.ROOT, "  n%d [width=%.3f, height=%.3f, label=\"%s\"];\n", i, w, h, //$NON-NLS-1$
					node.id().replace("\"", "'"))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (DiagramEdge edge : diagram.edges()) {
			dot.append(String.format(Locale.ROOT, "  n%d -> n%d;\n", index.get(edge.source()), index.get(edge.target()))); //$NON-NLS-1$
		}
		return dot.append("}\n").toString(); //$NON-NLS-1$
	}
}
