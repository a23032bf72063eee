/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.services;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.analysis.shares.DecisionShares;
import org.cogov.design.tests.EnterpriseLedCounty;
import org.cogov.design.tests.FakeViews;
import org.cogov.model.Actor;
import org.junit.Test;

public class AuthorityServicesTest {

	private final EnterpriseLedCounty county = new EnterpriseLedCounty();
	private final AuthorityServices services = new AuthorityServices();

	@Test
	public void theDataAuthorityIsTheDepartmentOfThatKind() {
		assertTrue(services.isDataAuthority(county.dataAuthority));
		assertFalse(services.isDataAuthority(county.office));
		assertFalse(services.isDataAuthority(county.firm));
		assertFalse(services.isDataAuthority(null));
	}

	@Test
	public void sharesAreTheAnalysisSharesOfThePhase() {
		// 10 units of weight: the firm decides 5 through the centre it chairs and 1 itself, the office 3
		assertEquals(0.6, services.decisionShare(county.firm, county.phase), 1e-9);
		assertEquals(0.3, services.decisionShare(county.office, county.phase), 1e-9);
		assertEquals(0.0, services.decisionShare(county.dataAuthority, county.phase), 1e-9);
		DecisionShares shares = DecisionShares.of(county.phase, ClassificationParameters.defaults()::weightOf);
		for (Actor actor : county.model.platformCase().getActors()) {
			assertEquals(actor.getName(), shares.share(actor), services.decisionShare(actor, county.phase), 1e-12);
		}
	}

	@Test
	public void theContextMayBeAnElementOfThePhaseOrASiriusView() {
		FakeViews views = new FakeViews(county.phase);
		assertEquals(0.6, services.decisionShare(county.firm, county.sharingRules), 1e-9);
		assertEquals(0.6, services.decisionShare(county.firm, views.node(county.firm)), 1e-9);
		assertEquals(0.6, services.decisionShare(county.firm, views.diagram()), 1e-9);
		assertEquals("without a phase there is no share", 0.0, services.decisionShare(county.firm, county.model.platformCase()), 0); //$NON-NLS-1$
		assertEquals("an earlier phase has its own shares", 0.0, services.decisionShare(county.firm, county.earlier), 0); //$NON-NLS-1$
	}

	@Test
	public void shareTextIsAWholePercentageOrNothing() {
		assertEquals("60%", services.decisionShareText(county.firm, county.phase)); //$NON-NLS-1$
		assertEquals("30%", services.decisionShareText(county.office, county.phase)); //$NON-NLS-1$
		assertEquals("", services.decisionShareText(county.dataAuthority, county.phase)); //$NON-NLS-1$
	}

	@Test
	public void finalAndVetoCarryAuthority() {
		assertTrue(services.isFinalAuthority(county.strategy.getRights().get(0)));
		county.strategy.getRights().get(0).setKind(org.cogov.model.RightKind.VETO);
		assertTrue(services.isFinalAuthority(county.strategy.getRights().get(0)));
		assertFalse(services.isFinalAuthority(county.disputes.getRights().get(0)));
		assertFalse(services.isFinalAuthority(county.strategy));
	}

	@Test
	public void dataItemsAreThoseOfTheDataDomains() {
		assertTrue(services.isDataItem(county.sharingRules));
		assertFalse(services.isDataItem(county.architecture));
		assertFalse(services.isDataItem(county.firm));
	}

	@Test
	public void anItemWithoutFinalOrVetoLacksAHolder() {
		assertTrue(services.lacksFinalHolder(county.disputes));
		assertFalse(services.lacksFinalHolder(county.strategy));
		county.strategy.getRights().get(0).setHolder(null);
		assertTrue("a right without holder settles nothing", services.lacksFinalHolder(county.strategy)); //$NON-NLS-1$
	}

	@Test
	public void aBodyThatNeverMeetsIsAPaperBody() {
		assertTrue(services.isPaperBody(county.taskForce));
		assertFalse(services.isPaperBody(county.centre));
		assertFalse(services.isPaperBody(county.firm));
	}
}
