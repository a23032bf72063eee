/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.tests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.cogov.diagram.model.Box;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramGroup;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.model.LegendEntry;
import org.cogov.diagram.model.Point;

/** Assertions on the geometry of a laid-out diagram, shared by the tests of every kind. */
final class Geometry {

	/** How far an edge end may lie from its node's border. */
	static final double BORDER_TOLERANCE = 1.5;

	private Geometry() {
	}

	/** Every check below. */
	static void assertWellLaidOut(Diagram diagram) {
		assertTrue(diagram.title() + ": not laid out", diagram.isLaidOut());
		assertInside(diagram);
		assertNoOverlaps(diagram);
		assertGroupsHoldMembers(diagram);
		assertEdgesEndOnNodes(diagram);
	}

	/** Nodes, groups, routes, labels and legend inside the picture. */
	static void assertInside(Diagram diagram) {
		Box frame = new Box(0, 0, diagram.width(), diagram.height());
		for (DiagramNode node : diagram.nodes()) {
			assertTrue(node + " has no size", node.bounds().width() > 0 && node.bounds().height() > 0);
			assertTrue(node + " outside " + frame, frame.contains(node.bounds(), 0.01));
		}
		for (DiagramGroup group : diagram.groups()) {
			assertTrue(group.id() + " outside", frame.contains(group.bounds(), 0.01));
		}
		for (DiagramEdge edge : diagram.edges()) {
			for (Point p : edge.route()) {
				assertTrue(edge + " leaves the picture at " + p, frame.contains(new Box(p.x(), p.y(), 0, 0), 0.01));
			}
			if (edge.labelBounds() != null) {
				assertTrue(edge + " label outside", frame.contains(edge.labelBounds(), 0.01));
			}
		}
		assertTrue("legend outside", frame.contains(diagram.legend().bounds(), 0.01));
		for (LegendEntry entry : diagram.legend().entries()) {
			assertTrue("legend entry outside the legend: " + entry.text(), diagram.legend().bounds().contains(entry.bounds(), 0.01));
		}
	}

	/** No two node boxes overlap; no two groups overlap; no group overlaps a node it does not contain. */
	static void assertNoOverlaps(Diagram diagram) {
		List<DiagramNode> nodes = diagram.nodes();
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				assertFalse(nodes.get(i) + " overlaps " + nodes.get(j), nodes.get(i).bounds().overlaps(nodes.get(j).bounds(), 0.5));
			}
		}
		List<DiagramGroup> groups = diagram.groups();
		for (int i = 0; i < groups.size(); i++) {
			for (int j = i + 1; j < groups.size(); j++) {
				assertFalse(groups.get(i).id() + " overlaps " + groups.get(j).id(), groups.get(i).bounds().overlaps(groups.get(j).bounds(), 0.5));
			}
			for (DiagramNode node : nodes) {
				if (node.group() != groups.get(i)) {
					assertFalse(groups.get(i).id() + " overlaps " + node, groups.get(i).bounds().overlaps(node.bounds(), 0.5));
				}
			}
		}
	}

	/** Every member of a group lies inside it. */
	static void assertGroupsHoldMembers(Diagram diagram) {
		for (DiagramGroup group : diagram.groups()) {
			for (DiagramNode member : group.members()) {
				assertTrue(member + " outside its group " + group.id(), group.bounds().contains(member.bounds(), 0.01));
			}
		}
	}

	/** Every edge has a route from its source's border to its target's border. */
	static void assertEdgesEndOnNodes(Diagram diagram) {
		for (DiagramEdge edge : diagram.edges()) {
			List<Point> route = edge.route();
			assertTrue(edge + " has no route", route.size() >= 2);
			assertTrue(edge + " starts at " + route.get(0) + ", not on " + edge.source().bounds(),
					edge.source().bounds().onBorder(route.get(0), BORDER_TOLERANCE));
			assertTrue(edge + " ends at " + route.get(route.size() - 1) + ", not on " + edge.target().bounds(),
					edge.target().bounds().onBorder(route.get(route.size() - 1), BORDER_TOLERANCE));
		}
	}

	/** The number of nodes showing an element. */
	static long nodesShowing(Diagram diagram, Object element) {
		return diagram.nodes().stream().filter(n -> n.element() == element).count();
	}

	/** The number of edges showing an element. */
	static long edgesShowing(Diagram diagram, Object element) {
		return diagram.edges().stream().filter(e -> e.element() == element).count();
	}
}
