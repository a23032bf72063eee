/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.cogov.diagram.build.SyntheticNetworks;
import org.cogov.diagram.layout.DiagramLayout;
import org.cogov.diagram.layout.EstimatedTextMeasure;
import org.cogov.diagram.layout.NetworkLayout;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramNode;
import org.junit.Test;

/** Large synthetic networks are laid out without overlaps (a correctness test: no timing is asserted). */
public class SyntheticNetworkLayoutTest {

	@Test
	public void generatorMakesACollaborationLikeNetwork() {
		Diagram network = SyntheticNetworks.collaborationLike(500, 7);
		assertEquals(500, network.nodes().size());
		assertEquals(750, network.edges().size());
		DiagramNode hub = network.nodes().get(0);
		long hubLinks = network.edges().stream().filter(e -> e.source() == hub || e.target() == hub).count();
		assertEquals(Math.round(0.6 * 499), hubLinks);
		Set<String> pairs = new HashSet<>();
		for (DiagramEdge edge : network.edges()) {
			assertTrue("self loop", edge.source() != edge.target());
			String a = edge.source().id();
			String b = edge.target().id();
			assertTrue("duplicate pair", pairs.add(a.compareTo(b) < 0 ? a + b : b + a));
		}
		assertEquals("same seed, same network", SyntheticNetworks.toDot(SyntheticNetworks.collaborationLike(500, 7)),
				SyntheticNetworks.toDot(network));
	}

	@Test
	public void fiveHundredDepartmentsWithoutOverlaps() {
		assertEquals(NetworkLayout.Method.RADIAL_GRID, NetworkLayout.methodFor(500));
		Diagram network = NetworkLayout.layoutSynthetic(500, 42);
		Geometry.assertInside(network);
		Geometry.assertNoOverlaps(network);
		Geometry.assertEdgesEndOnNodes(network);
	}

	@Test
	public void stressBelowTheLimitWithoutOverlaps() {
		assertEquals(NetworkLayout.Method.STRESS, NetworkLayout.methodFor(NetworkLayout.STRESS_LIMIT));
		Diagram network = SyntheticNetworks.collaborationLike(60, 3);
		DiagramLayout.layoutNetwork(network, new EstimatedTextMeasure(), NetworkLayout.Method.STRESS);
		Geometry.assertWellLaidOut(network);
	}

	@Test
	public void radialGridOnASmallNetworkToo() {
		Diagram network = SyntheticNetworks.collaborationLike(30, 5);
		DiagramLayout.layoutNetwork(network, new EstimatedTextMeasure(), NetworkLayout.Method.RADIAL_GRID);
		Geometry.assertWellLaidOut(network);
		DiagramNode hub = network.nodes().get(0);
		double cx = network.nodes().stream().mapToDouble(n -> n.bounds().centre().x()).average().orElseThrow();
		assertTrue("the hub sits near the middle", Math.abs(hub.bounds().centre().x() - cx) < 2 * hub.bounds().width());
	}

	@Test(expected = IllegalArgumentException.class)
	public void aNetworkNeedsTwoDepartments() {
		SyntheticNetworks.collaborationLike(1, 0);
	}
}
