/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.cogov.diagram.GovernanceDiagrams;
import org.cogov.diagram.layout.DiagramLayout;
import org.cogov.diagram.layout.EstimatedTextMeasure;
import org.cogov.diagram.layout.NodeMetrics;
import org.cogov.diagram.model.Box;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.model.Point;
import org.cogov.diagram.tests.fixture.IllustrativeCases;
import org.cogov.model.PlatformCase;
import org.junit.Test;

/** Layout details: long titles wrap, layout can run again, and a viewer can find what lies under a point. */
public class DiagramLayoutTest {

	@Test
	public void longTitlesWrapInsteadOfWideningTheBox() {
		PlatformCase a = IllustrativeCases.countyA();
		a.getActors().get(0).setLabel("全县政务数据资源目录编制归集治理与质量考核统筹协调领导机构"); //$NON-NLS-1$
		Diagram diagram = GovernanceDiagrams.build(DiagramKind.NETWORK, a, null, null);
		DiagramNode node = diagram.nodeOf(a.getActors().get(0));
		assertTrue(node.titleLines().toString(), node.titleLines().size() >= 2);
		assertEquals(node.title(), String.join("", node.titleLines())); //$NON-NLS-1$
		assertTrue(node.bounds().width() + " wide", node.bounds().width() <= NodeMetrics.MAX_TITLE_WIDTH + 2 * NodeMetrics.PAD_X + 1);
		Geometry.assertWellLaidOut(diagram);
	}

	@Test
	public void layingOutAgainGivesTheSameGeometry() {
		Diagram diagram = GovernanceDiagrams.build(DiagramKind.ROLE, IllustrativeCases.districtB(), null, null);
		List<Box> before = diagram.nodes().stream().map(DiagramNode::bounds).toList();
		DiagramLayout.layout(diagram);
		assertEquals(before, diagram.nodes().stream().map(DiagramNode::bounds).toList());
		DiagramLayout.layout(diagram, new EstimatedTextMeasure()); // another measure: other sizes, still sound
		Geometry.assertWellLaidOut(diagram);
	}

	@Test
	public void findsNodesAndEdgesUnderAPoint() {
		Diagram diagram = GovernanceDiagrams.build(DiagramKind.DECISION, IllustrativeCases.countyA(), null, null);
		DiagramNode node = diagram.nodes().get(3);
		Point centre = node.bounds().centre();
		assertSame(node, diagram.nodeAt(centre.x(), centre.y()));
		assertNull(diagram.nodeAt(-5, -5));
		DiagramEdge edge = diagram.edges().get(0);
		Point a = edge.route().get(0);
		Point b = edge.route().get(1);
		assertSame(edge, diagram.edgeAt((a.x() + b.x()) / 2, (a.y() + b.y()) / 2, 0.5));
		assertNull(diagram.edgeAt(1, 1, 2));
	}
}
