/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.tests;

import static org.junit.Assert.assertTrue;

import java.util.List;

import org.cogov.diagram.GovernanceDiagrams;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.model.LegendEntry;
import org.cogov.diagram.model.Marker;
import org.cogov.diagram.model.Severity;
import org.cogov.diagram.tests.fixture.IllustrativeCases;
import org.cogov.model.Actor;
import org.cogov.model.PlatformCase;
import org.cogov.model.Responsibility;
import org.junit.Test;

/** Findings of the CoGov rules appear as markers on the nodes of the elements they concern. */
public class DiagramMarkersTest {

	@Test
	public void countyCShowsItsErrorRisksAndIsolates() {
		PlatformCase c = IllustrativeCases.countyC();
		Diagram role = GovernanceDiagrams.build(DiagramKind.ROLE, c, null, null);
		Responsibility dataSecurity = c.getPhases().get(0).getResponsibilities().stream()
				.filter(r -> r.getName().equals("DataSecurity")).findFirst().orElseThrow(); //$NON-NLS-1$
		assertHas(role.nodeOf(dataSecurity), Severity.ERROR, "COGOV-E01"); //$NON-NLS-1$
		Actor firm = actor(c, "PF"); //$NON-NLS-1$
		assertHas(role.nodeOf(firm), Severity.RISK, "COGOV-R03"); //$NON-NLS-1$ builder, operator and evaluator
		assertHas(role.nodeOf(firm), Severity.RISK, "COGOV-R04"); //$NON-NLS-1$ lock-in
		assertTrue(role.legend().entries().stream().anyMatch(e -> e.sample() == LegendEntry.Sample.MARKER && e.severity() == Severity.ERROR));
		Diagram network = GovernanceDiagrams.build(DiagramKind.NETWORK, c, null, null);
		assertHas(network.nodeOf(actor(c, "HE")), Severity.WARNING, "COGOV-W01"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	public void aCaseWithoutFindingsHasNoMarkers() {
		for (DiagramKind kind : DiagramKind.values()) {
			Diagram diagram = GovernanceDiagrams.build(kind, IllustrativeCases.countyA(), null, null);
			List<Marker> markers = diagram.nodes().stream().flatMap(n -> n.markers().stream()).toList();
			assertTrue(kind + ": " + markers, markers.isEmpty());
		}
	}

	private static Actor actor(PlatformCase c, String name) {
		return c.getActors().stream().filter(a -> a.getName().equals(name)).findFirst().orElseThrow();
	}

	private static void assertHas(DiagramNode node, Severity severity, String code) {
		assertTrue(node + " lacks " + code + ": " + node.markers(), //$NON-NLS-1$ //$NON-NLS-2$
				node.markers().stream().anyMatch(m -> m.severity() == severity && code.equals(m.code())));
	}
}
