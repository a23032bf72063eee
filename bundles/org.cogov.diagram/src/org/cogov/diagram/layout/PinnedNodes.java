/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.layout;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.cogov.diagram.model.Box;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.model.Point;

/**
 * Nodes a modeler moved by hand: after the automatic layout has placed every node, the moved ones go where the
 * modeler put them (top-left corner, in the coordinates of the laid-out picture), their edges are drawn straight
 * to them, their group grows around them, and the picture grows to hold them. The other nodes keep the places
 * the layout gave them.
 */
public final class PinnedNodes {

	private static final double GROUP_PAD = 12;

	private PinnedNodes() {
	}

	/** Moves the nodes named by id to their positions; ids no longer in the diagram are ignored. */
	public static Diagram apply(Diagram diagram, Map<String, Point> positions) {
		Set<DiagramNode> moved = new HashSet<>();
		for (Map.Entry<String, Point> pinned : positions.entrySet()) {
			DiagramNode node = diagram.node(pinned.getKey());
			if (node != null) {
				place(node, pinned.getValue());
				moved.add(node);
			}
		}
		if (!moved.isEmpty()) {
			follow(diagram, moved);
		}
		return diagram;
	}

	/** Moves one node to a position, as a drag on screen does. */
	public static void move(Diagram diagram, DiagramNode node, Point topLeft) {
		place(node, topLeft);
		follow(diagram, Set.of(node));
	}

	private static void place(DiagramNode node, Point topLeft) {
		Box box = node.bounds();
		node.setBounds(new Box(Math.max(0, topLeft.x()), Math.max(0, topLeft.y()), box.width(), box.height()));
	}

	/** Edges, groups and the frame follow the moved nodes. */
	private static void follow(Diagram diagram, Set<DiagramNode> moved) {
		StraightEdgeRouter.route(diagram, edge -> moved.contains(edge.source()) || moved.contains(edge.target()));
		for (DiagramNode node : moved) {
			if (node.group() != null) {
				Box padded = new Box(node.bounds().x() - GROUP_PAD, node.bounds().y() - GROUP_PAD,
						node.bounds().width() + 2 * GROUP_PAD, node.bounds().height() + 2 * GROUP_PAD);
				node.group().setBounds(node.group().bounds().union(padded));
			}
		}
		Box content = diagram.contentBounds();
		for (DiagramNode node : moved) {
			content = content.union(node.group() != null ? node.group().bounds() : node.bounds());
		}
		diagram.setFrame(Math.max(diagram.width(), Math.ceil(content.right() + FrameLayout.MARGIN)),
				Math.max(diagram.height(), Math.ceil(content.bottom() + FrameLayout.MARGIN)), diagram.titleBounds(),
				diagram.subtitleBounds(), content);
	}
}
