/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.services;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.cogov.analysis.metrics.CollaborationNetwork;
import org.cogov.design.tests.EnterpriseLedCounty;
import org.cogov.design.tests.FakeViews;
import org.junit.Test;

public class NetworkServicesTest {

	private final EnterpriseLedCounty county = new EnterpriseLedCounty();
	private final NetworkServices services = new NetworkServices();

	@Test
	public void departmentsAreTheCasesGovernmentDepartmentsInModelOrder() {
		List<?> expected = List.of(county.dataAuthority, county.office, county.agriculture, county.police, county.humanResources);
		assertEquals(expected, services.departments(county.model.platformCase()));
		assertEquals("from a phase too", expected, services.departments(county.phase)); //$NON-NLS-1$
		assertEquals("no case above a study", List.of(), services.departments(county.model.study())); //$NON-NLS-1$
	}

	@Test
	public void activeLinksAreThoseTheMetricsCountInThePhase() {
		// not the planned link, not the refusal to share, not the link to the firm, not the link that ended before
		assertEquals(List.of(county.mutualData, county.policeData, county.project), services.activeLinks(county.phase));
		assertEquals(List.of(county.ended), services.activeLinks(county.earlier));
		assertEquals(List.of(), services.activeLinks(county.model.platformCase()));
		int metricsTies = CollaborationNetwork.of(county.model.platformCase(), county.phase).dyads().size();
		assertEquals("one tie per link here", metricsTies, services.activeLinks(county.phase).size()); //$NON-NLS-1$
	}

	@Test
	public void linksThatNeverCountAreTold() {
		assertTrue(services.isCounted(county.mutualData));
		assertTrue("ended links count in their own time", services.isCounted(county.ended)); //$NON-NLS-1$
		assertFalse(services.isCounted(county.planned));
		assertFalse(services.isCounted(county.refused));
		assertFalse("an enterprise is no endpoint of the network", services.isCounted(county.toFirm)); //$NON-NLS-1$
	}

	@Test
	public void tiesAndIsolatesDependOnThePeriodOfTheContext() {
		assertEquals(3, services.tieCount(county.dataAuthority, county.phase));
		assertEquals(0, services.tieCount(county.dataAuthority, county.earlier));
		// over the whole timeline: the data authority and, through the link that ended, the police; not the refusal
		assertEquals(2, services.tieCount(county.agriculture, county.model.platformCase()));
		assertTrue(services.isIsolate(county.humanResources, county.phase));
		assertFalse(services.isIsolate(county.police, county.phase));
		assertFalse(services.isIsolate(county.police, county.earlier));
		assertTrue(services.isIsolate(county.dataAuthority, county.earlier));
		assertFalse("only departments are isolates", services.isIsolate(county.firm, county.phase)); //$NON-NLS-1$
	}

	@Test
	public void aViewOnAPhaseDiagramGivesThePhase() {
		FakeViews phaseDiagram = new FakeViews(county.phase);
		FakeViews caseDiagram = new FakeViews(county.model.platformCase());
		assertEquals(3, services.tieCount(county.dataAuthority, phaseDiagram.node(county.dataAuthority)));
		assertEquals(3, services.tieCount(county.dataAuthority, caseDiagram.node(county.dataAuthority)));
		assertEquals(2, services.tieCount(county.police, caseDiagram.node(county.police)));
		assertEquals(1, services.tieCount(county.police, phaseDiagram.node(county.police)));
	}
}
