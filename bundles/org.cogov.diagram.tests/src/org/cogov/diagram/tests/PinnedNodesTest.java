/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.cogov.diagram.GovernanceDiagrams;
import org.cogov.diagram.layout.NodePositions;
import org.cogov.diagram.layout.PinnedNodes;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.model.Point;
import org.cogov.diagram.tests.fixture.IllustrativeCases;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Nodes moved by hand: placed after the automatic layout, with their edges, groups and the frame following. */
public class PinnedNodesTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private static Diagram network() {
		return GovernanceDiagrams.build(DiagramKind.NETWORK, IllustrativeCases.countyA(), null, null);
	}

	@Test
	public void aMovedNodeIsWhereItWasPutAndItsEdgesFollow() {
		Diagram diagram = network();
		DiagramNode da = diagram.node("actor:DA");
		DiagramNode fi = diagram.nodes().stream().filter(n -> n != da).findFirst().orElseThrow();
		Point fiBefore = new Point(fi.bounds().x(), fi.bounds().y());
		Point put = new Point(diagram.width() + 200, 40);
		PinnedNodes.apply(diagram, Map.of("actor:DA", put, "actor:NOBODY", new Point(1, 1)));
		assertEquals(put.x(), da.bounds().x(), 1e-9);
		assertEquals(put.y(), da.bounds().y(), 1e-9);
		assertEquals("the others stay", fiBefore, new Point(fi.bounds().x(), fi.bounds().y()));
		int ofDa = 0;
		for (DiagramEdge edge : diagram.edges()) {
			if (edge.source() == da || edge.target() == da) {
				Point end = edge.source() == da ? edge.route().get(0) : edge.route().get(edge.route().size() - 1);
				assertTrue("edge " + edge.id() + " ends on DA's border: " + end, da.bounds().onBorder(end, 0.5));
				ofDa++;
			}
		}
		assertTrue("DA has links", ofDa >= 1);
		assertTrue("the picture grows to hold the node", diagram.width() >= da.bounds().right());
		assertTrue(diagram.contentBounds().contains(da.bounds(), 0));
	}

	@Test
	public void positionsAreKeptBesideTheStudyFileAndReadBack() throws Exception {
		Path study = Files.writeString(folder.getRoot().toPath().resolve("county-a.cogov"), "study S\n");
		NodePositions positions = NodePositions.beside(study);
		assertTrue(positions.of(DiagramKind.NETWORK, "CountyA", "P2").isEmpty());
		positions.put(DiagramKind.NETWORK, "CountyA", "P2", "actor:DA", new Point(120.4, 340));
		positions.put(DiagramKind.ROLE, "CountyA", "P2", "actor:DA", new Point(10, 20));
		Path file = folder.getRoot().toPath().resolve("county-a.cogov-layout");
		assertEquals(file, positions.file());
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text, text.contains("network/CountyA/P2/actor\\:DA=120,340"));
		assertEquals("the study file is never touched", "study S\n", Files.readString(study));

		NodePositions again = NodePositions.beside(study);
		assertEquals(Map.of("actor:DA", new Point(120, 340)), again.of(DiagramKind.NETWORK, "CountyA", "P2"));
		assertEquals(Map.of("actor:DA", new Point(10, 20)), again.of(DiagramKind.ROLE, "CountyA", "P2"));
		assertTrue(again.of(DiagramKind.NETWORK, "CountyA", "P1").isEmpty());
	}

	@Test
	public void aDamagedLayoutFileMeansNoMovedNodes() throws Exception {
		Path study = Files.writeString(folder.getRoot().toPath().resolve("a.cogov"), "study S\n");
		Files.write(folder.getRoot().toPath().resolve("a.cogov-layout"), new byte[] { 'n', '=', '1', ',', 'x', '\n', '\\', 'u', '1' });
		assertTrue(NodePositions.beside(study).of(DiagramKind.NETWORK, "A", "P1").isEmpty());
	}
}
