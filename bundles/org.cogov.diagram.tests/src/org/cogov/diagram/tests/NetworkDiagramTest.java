/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.cogov.analysis.metrics.CollaborationMetrics;
import org.cogov.analysis.metrics.CollaborationNetwork;
import org.cogov.analysis.metrics.CollaborationNetwork.Dyad;
import org.cogov.diagram.build.Labels;
import org.cogov.diagram.model.ArrowEnds;
import org.cogov.diagram.model.Channel;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.model.EdgeKind;
import org.cogov.diagram.model.NodeFlag;
import org.cogov.diagram.model.NodeKind;
import org.cogov.diagram.tests.Cases.Drawn;
import org.cogov.model.CollaborationLink;
import org.cogov.model.DepartmentKind;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.LinkDirection;
import org.cogov.model.Mediation;
import org.junit.Test;

/** The network diagram shows every department once and every counted link, with the case's metrics. */
public class NetworkDiagramTest {

	@Test
	public void everyDepartmentOnceTheDataAuthorityMarked() {
		for (Drawn drawn : Cases.all(DiagramKind.NETWORK)) {
			List<GovernmentDepartment> departments = CollaborationNetwork.departments(drawn.platformCase());
			for (GovernmentDepartment department : departments) {
				assertEquals(drawn + ": " + department.getName(), 1, Geometry.nodesShowing(drawn.diagram(), department));
				NodeKind expected = department.getKind() == DepartmentKind.DATA_AUTHORITY ? NodeKind.DATA_AUTHORITY : NodeKind.DEPARTMENT;
				assertEquals(expected, drawn.diagram().nodeOf(department).kind());
			}
			assertEquals(drawn + ": only departments", departments.size(), drawn.diagram().nodes().size());
		}
	}

	@Test
	public void everyCountedLinkByKindDirectionAndChannel() {
		for (Drawn drawn : Cases.all(DiagramKind.NETWORK)) {
			int counted = 0;
			for (Dyad dyad : drawn.analysis().network().dyads()) {
				for (CollaborationLink link : dyad.links()) {
					counted++;
					assertEquals(drawn + ": " + link.getName(), 1, Geometry.edgesShowing(drawn.diagram(), link));
					DiagramEdge edge = drawn.diagram().edges().stream().filter(e -> e.element() == link).findFirst().orElseThrow();
					assertEquals(EdgeKind.of(link.getKind()), edge.kind());
					assertEquals(link.getMediation() == Mediation.DIRECT ? Channel.DIRECT : Channel.PLATFORM, edge.channel());
					assertEquals(link.getDirection() == LinkDirection.MUTUAL ? ArrowEnds.BOTH : ArrowEnds.TARGET, edge.ends());
					assertEquals(link.getFrom(), edge.source().element());
				}
			}
			assertEquals(drawn + ": no other edges", counted, drawn.diagram().edges().size());
		}
	}

	@Test
	public void isolatesAreVisible() {
		boolean seen = false;
		for (Drawn drawn : Cases.all(DiagramKind.NETWORK)) {
			List<GovernmentDepartment> isolates = drawn.analysis().network().isolates();
			for (DiagramNode node : drawn.diagram().nodes()) {
				assertEquals(drawn + ": " + node.id(), isolates.contains(node.element()), node.flags().contains(NodeFlag.ISOLATE));
			}
			seen |= !isolates.isEmpty();
		}
		assertTrue("County C has isolated departments", seen);
	}

	@Test
	public void legendCarriesTheComputedMetrics() {
		for (Drawn drawn : Cases.all(DiagramKind.NETWORK)) {
			CollaborationMetrics m = drawn.analysis().metrics();
			String notes = String.join("\n", drawn.diagram().legend().noteTexts()); //$NON-NLS-1$
			for (String expected : List.of("IDCI " + Labels.number(m.idci()), "density " + Labels.number(m.density()), //$NON-NLS-1$ //$NON-NLS-2$
					"platform reach " + Labels.number(m.reach()), "data reciprocity " + Labels.number(m.reciprocity()), //$NON-NLS-1$ //$NON-NLS-2$
					"DII " + Labels.number(m.dii()), "degree centralisation " + Labels.number(m.centralisation()), //$NON-NLS-1$ //$NON-NLS-2$
					m.ties() + " ties")) { //$NON-NLS-1$
				assertTrue(drawn + " legend lacks '" + expected + "':\n" + notes, notes.contains(expected));
			}
		}
	}

	@Test
	public void countyAHasTheHighestIdciInItsLegend() {
		List<Drawn> drawn = Cases.all(DiagramKind.NETWORK);
		Drawn a = drawn.stream().filter(d -> d.platformCase().getName().equals("CountyA") && d.phase().getName().equals("P2")) //$NON-NLS-1$ //$NON-NLS-2$
				.findFirst().orElseThrow();
		String idci = "IDCI " + Labels.number(a.analysis().metrics().idci()); //$NON-NLS-1$
		assertEquals("IDCI 0.77", idci); //$NON-NLS-1$ the domain design's County A figure, rounded
		assertFalse(a.diagram().legend().noteTexts().stream().noneMatch(n -> n.startsWith(idci)));
	}

	@Test
	public void geometry() {
		for (Drawn drawn : Cases.all(DiagramKind.NETWORK)) {
			Geometry.assertWellLaidOut(drawn.diagram());
		}
	}
}
