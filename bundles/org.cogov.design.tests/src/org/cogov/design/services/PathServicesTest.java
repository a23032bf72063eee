/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.services;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.cogov.analysis.GovernanceAnalysis;
import org.cogov.design.tests.EnterpriseLedCounty;
import org.cogov.model.CogovFactory;
import org.cogov.model.StructurePhase;
import org.cogov.model.StructureType;
import org.junit.Test;

public class PathServicesTest {

	private final EnterpriseLedCounty county = new EnterpriseLedCounty();
	private final PathServices services = new PathServices();

	@Test
	public void theComputedTypeIsTheClassificationOfTheAnalysis() {
		assertEquals(StructureType.ENTERPRISE_LED, services.computedType(county.phase));
		assertEquals(GovernanceAnalysis.analyse(county.earlier).classification().type(), services.computedType(county.earlier));
		assertNull("a phase outside a case has no type", services.computedType(CogovFactory.eINSTANCE.createStructurePhase())); //$NON-NLS-1$
		assertNull(services.computedType(county.firm));
	}

	@Test
	public void aDeclaredTypeThatDiffersFromTheComputedOneIsTold() {
		assertFalse(services.typeDiffers(county.phase));
		assertEquals(services.computedType(county.earlier) != StructureType.GOVERNMENT_LED, services.typeDiffers(county.earlier));
		county.phase.setDeclaredType(StructureType.NETWORK);
		assertTrue(services.typeDiffers(county.phase));
		county.phase.setDeclaredType(StructureType.UNSET);
		assertFalse("nothing declared, nothing differs", services.typeDiffers(county.phase)); //$NON-NLS-1$
	}

	@Test
	public void borderlineFollowsTheClassification() {
		StructurePhase phase = county.phase;
		assertEquals(GovernanceAnalysis.analyse(phase).classification().isBorderline(), services.isBorderline(phase));
		assertFalse(services.isBorderline(county.firm));
	}

	@Test
	public void claimsWithoutEvidenceAreTold() {
		assertTrue(services.lacksEvidence(county.effect));
		assertFalse(services.lacksEvidence(county.empowerment));
		assertFalse(services.lacksEvidence(county.unclear));
		assertFalse("not an evidenced element", services.lacksEvidence(county.firm)); //$NON-NLS-1$
	}
}
