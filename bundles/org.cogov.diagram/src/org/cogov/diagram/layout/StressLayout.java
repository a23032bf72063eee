/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.layout;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cogov.diagram.model.Box;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramNode;
import org.eclipse.elk.alg.force.options.StressOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * ELK's stress majorization for small networks: graph distances become drawing distances, so tightly linked
 * departments sit together and lateral ties stay short. It grows badly with size (about 60 s for 500 nodes on
 * two cores), hence {@link NetworkLayout#STRESS_LIMIT}.
 */
final class StressLayout {

	private StressLayout() {
	}

	/** Places the nodes (centres; boxes may overlap afterwards). */
	static void place(List<DiagramNode> nodes, List<DiagramEdge> edges) {
		ElkSetup.ensureRegistered();
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, StressOptions.ALGORITHM_ID);
		double meanWidth = nodes.stream().mapToDouble(n -> n.bounds().width()).average().orElse(120);
		root.setProperty(StressOptions.DESIRED_EDGE_LENGTH, meanWidth + 70);
		root.setProperty(CoreOptions.RANDOM_SEED, 1);
		Map<DiagramNode, ElkNode> elk = new IdentityHashMap<>();
		for (int i = 0; i < nodes.size(); i++) {
			DiagramNode node = nodes.get(i);
			ElkNode e = ElkGraphUtil.createNode(root);
			e.setWidth(node.bounds().width());
			e.setHeight(node.bounds().height());
			// a deterministic start on a circle in model order; stress refines from there
			double angle = 2 * Math.PI * i / nodes.size();
			e.setLocation(400 * Math.cos(angle), 400 * Math.sin(angle));
			elk.put(node, e);
		}
		Set<String> pairs = new HashSet<>();
		for (DiagramEdge edge : edges) {
			ElkNode a = elk.get(edge.source());
			ElkNode b = elk.get(edge.target());
			String key = edge.source().id().compareTo(edge.target().id()) < 0 ? edge.source().id() + '\u0000' + edge.target().id()
					: edge.target().id() + '\u0000' + edge.source().id();
			if (a != null && b != null && pairs.add(key)) {
				ElkGraphUtil.createSimpleEdge(a, b);
			}
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		elk.forEach((node, e) -> node.setBounds(new Box(e.getX(), e.getY(), node.bounds().width(), node.bounds().height())));
	}
}
