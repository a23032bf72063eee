/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.services;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.cogov.design.tests.EnterpriseLedCounty;
import org.cogov.model.BenefitType;
import org.junit.Test;

public class RoleServicesTest {

	private final EnterpriseLedCounty county = new EnterpriseLedCounty();
	private final RoleServices services = new RoleServices();

	@Test
	public void sidesFollowTheAnalysis() {
		assertEquals("public institutions stand with the government", List.of(county.dataAuthority, county.office, //$NON-NLS-1$
				county.agriculture, county.police, county.humanResources, county.institute), services.governmentSide(county.phase));
		assertEquals(List.of(county.firm), services.enterpriseSide(county.phase));
		assertEquals(List.of(county.university), services.otherSide(county.model.platformCase()));
		assertEquals(List.of(), services.otherSide(county.model.study()));
	}

	@Test
	public void aConcessionFeeIsAMarketBenefitAndAFixedFeeIsNot() {
		assertTrue(services.isMarketBenefit(county.concession));
		assertFalse(services.isMarketBenefit(county.fees));
		county.fees.setType(BenefitType.REVENUE_SHARE);
		assertTrue(services.isMarketBenefit(county.fees));
		county.fees.setActor(county.office);
		assertFalse("only enterprises take market benefits", services.isMarketBenefit(county.fees)); //$NON-NLS-1$
	}

	@Test
	public void aResponsibilityNeedsExactlyOneAccountableActor() {
		assertFalse(services.lacksSingleAccountable(county.operations));
		assertTrue(services.lacksSingleAccountable(county.sharing));
		county.operations.getAccountable().add(county.office);
		assertTrue(services.lacksSingleAccountable(county.operations));
		assertFalse(services.lacksSingleAccountable(county.firm));
	}
}
