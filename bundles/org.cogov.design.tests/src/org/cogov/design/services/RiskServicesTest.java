/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.services;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.cogov.analysis.rules.CogovRules;
import org.cogov.analysis.rules.CogovRulesValidator;
import org.cogov.analysis.rules.RuleCatalog;
import org.cogov.design.tests.EnterpriseLedCounty;
import org.cogov.design.tests.FakeViews;
import org.cogov.model.DecisionItem;
import org.cogov.model.DecisionRule;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.Test;

public class RiskServicesTest {

	private final EnterpriseLedCounty county = new EnterpriseLedCounty();
	private final RiskServices services = new RiskServices();

	@Test
	public void theDataRulesDecidedByTheFirmsCentreAreARisk() {
		assertTrue(services.isGovernanceRisk(county.sharingRules));
		assertFalse("not a data item", services.isGovernanceRisk(county.architecture)); //$NON-NLS-1$
		assertFalse("decided by the government", services.isGovernanceRisk(county.strategy)); //$NON-NLS-1$
	}

	@Test
	public void theRightThroughWhichTheFirmDecidesCarriesTheRisk() {
		assertTrue(services.isGovernanceRisk(county.sharingRules.getRights().get(0)));
		assertFalse(services.isGovernanceRisk(county.architecture.getRights().get(0)));
		assertTrue(services.isGovernanceRisk(county.centre));
		assertFalse(services.isGovernanceRisk(county.taskForce));
	}

	@Test
	public void theFirmHoldsRiskyAuthorityInThatPhaseOnly() {
		assertTrue(services.holdsRiskyAuthority(county.firm, county.phase));
		assertTrue(services.holdsRiskyAuthority(county.firm, new FakeViews(county.phase).node(county.firm)));
		assertFalse(services.holdsRiskyAuthority(county.firm, county.earlier));
		assertFalse(services.holdsRiskyAuthority(county.office, county.phase));
		assertFalse(services.holdsRiskyAuthority(county.dataAuthority, county.phase));
	}

	@Test
	public void aMajorityBodySplitsTheAuthorityAmongItsVotingMembers() {
		county.centre.setRule(DecisionRule.MAJORITY);
		assertFalse("a third of the say is below the threshold", services.isGovernanceRisk(county.sharingRules)); //$NON-NLS-1$
		county.centre.getMembers().get(1).setVoting(false);
		county.centre.getMembers().get(2).setVoting(false);
		assertTrue("the firm is the only voting member", services.isGovernanceRisk(county.sharingRules)); //$NON-NLS-1$
		assertTrue(services.isGovernanceRisk(county.sharingRules.getRights().get(0)));
	}

	@Test
	public void markersAgreeWithTheValidatorsFindings() {
		Set<EObject> reported = reported(RuleCatalog.R01_ENTERPRISE_DATA_AUTHORITY.getCode());
		Set<EObject> marked = new LinkedHashSet<>();
		for (DecisionItem item : county.phase.getDecisions()) {
			if (services.isGovernanceRisk(item)) {
				marked.add(item);
			}
		}
		assertEquals(Set.of(county.sharingRules), marked);
		assertEquals(reported, marked);
		assertEquals(Set.of(county.phase), reported(RuleCatalog.R03_SELF_EVALUATION.getCode()));
	}

	private Set<EObject> reported(int code) {
		Diagnostic diagnostic = CogovRules.validate(county.model.study(), null);
		Set<EObject> targets = new LinkedHashSet<>();
		for (Diagnostic child : diagnostic.getChildren()) {
			// EMF's structural checks report with their own source and codes
			if (child.getCode() == code && CogovRulesValidator.SOURCE.equals(child.getSource())) {
				targets.add((EObject) child.getData().get(0));
			}
		}
		return targets;
	}

	@Test
	public void oneEnterpriseBuildingOperatingAndEvaluatingIsMarkedOnItsRoles() {
		assertTrue(services.isSelfEvaluationRisk(county.builder));
		assertTrue(services.isSelfEvaluationRisk(county.operator));
		assertTrue(services.isSelfEvaluationRisk(county.evaluator));
		assertFalse("not one of the three roles", services.isSelfEvaluationRisk(county.steward)); //$NON-NLS-1$
		assertFalse("not an enterprise", services.isSelfEvaluationRisk(county.initiator)); //$NON-NLS-1$
		county.phase.getRoles().remove(county.evaluator);
		assertFalse(services.isSelfEvaluationRisk(county.builder));
	}

	@Test
	public void theTooltipNamesTheEnterprise() {
		assertEquals("COGOV-R01: EF holds the final say over data item SharingRules", services.riskTooltip(county.sharingRules)); //$NON-NLS-1$
		assertEquals(services.riskTooltip(county.sharingRules), services.riskTooltip(county.sharingRules.getRights().get(0)));
		assertEquals("", services.riskTooltip(county.architecture)); //$NON-NLS-1$
	}

	@Test
	public void aRuleSwitchedOffInTheStudysSettingsMarksNothing() throws IOException {
		inStudyFolder("cogov-rules.properties", "COGOV-R01 = off\nCOGOV-R03 = off\n"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(services.isGovernanceRisk(county.sharingRules));
		assertFalse(services.holdsRiskyAuthority(county.firm, county.phase));
		assertFalse(services.isSelfEvaluationRisk(county.builder));
	}

	@Test
	public void theStudysParametersDecideWhatIsADataItem() throws IOException {
		inStudyFolder("cogov-params.properties", "dataDomains = COMMERCIAL_DATA_USE\n"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(new AuthorityServices().isDataItem(county.sharingRules));
		assertFalse(services.isGovernanceRisk(county.sharingRules));
	}

	/** Puts the model into a file resource in a new folder that holds the given settings file. */
	private void inStudyFolder(String fileName, String content) throws IOException {
		Path folder = Files.createTempDirectory("cogov-design-test"); //$NON-NLS-1$
		Files.write(folder.resolve(fileName), content.getBytes(StandardCharsets.UTF_8));
		Resource resource = new XMIResourceImpl(URI.createFileURI(folder.resolve("study.xmi").toString())); //$NON-NLS-1$
		resource.getContents().add(county.model.study());
		folder.toFile().deleteOnExit();
		folder.resolve(fileName).toFile().deleteOnExit();
	}
}
