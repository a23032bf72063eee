/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.classification;

import static org.cogov.analysis.tests.CaseBuilder.item;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.cogov.analysis.SettingsException;
import org.cogov.analysis.tests.TinyCase;
import org.cogov.model.BenefitType;
import org.cogov.model.DecisionDomain;
import org.cogov.model.DecisionItem;
import org.cogov.model.RightKind;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Thresholds with the domain defaults, changeable by file, with clear errors. */
public class ClassificationParametersTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private Path write(String text) throws Exception {
		Path file = folder.getRoot().toPath().resolve(ClassificationParameters.FILE_NAME);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private void assertRejected(String text, int line, String detail) throws Exception {
		Path file = write(text);
		try {
			ClassificationParameters.load(file);
			fail("accepted: " + text);
		} catch (SettingsException e) {
			assertEquals(file, e.getFile());
			assertEquals(line, e.getLine());
			assertTrue(e.getMessage(), e.getMessage().startsWith(file + ":" + line + ": "));
			assertTrue(e.getMessage(), e.getMessage().contains(detail));
		}
	}

	@Test
	public void defaultsAreThoseOfTheDomainDesign() {
		ClassificationParameters p = ClassificationParameters.defaults();
		assertEquals(0.05, p.getNDecMinShare(), 0);
		assertEquals(0.05, p.getBorderlineMargin(), 0);
		assertEquals(0.50, p.getEnterpriseLedMinE(), 0);
		assertEquals(0.35, p.getEnterpriseLedMinSmax(), 0);
		assertEquals(0.75, p.getGovernmentLedMinG(), 0);
		assertEquals(0.50, p.getGovernmentLedMinSmax(), 0);
		assertEquals(0.25, p.getCoCreationMinE(), 0);
		assertEquals(2, p.getCoCreationMaxCoreEnterprises());
		assertEquals(0.5, p.getCoCreationMinWJoint(), 0);
		assertEquals(5, p.getNetworkMinNDec());
		assertEquals(0.35, p.getNetworkMaxSmax(), 0);
		assertEquals(0.20, p.getNetworkMaxHhi(), 0);
		assertEquals(2, p.getNetworkMinNEntP());
		assertEquals(5, p.getHubMinMembers());
		assertEquals(6, p.getHubMinMeetingsPerYear());
		assertEquals(3, p.getHubMinCentreDepartments());
		assertEquals(4, p.getJointBodyMaxVotingMembers());
		assertEquals(0.9, p.getEntIpMinShare(), 0);
		assertEquals(Set.of(BenefitType.REVENUE_SHARE, BenefitType.EQUITY_DIVIDEND, BenefitType.CONCESSION_FEE,
				BenefitType.DATA_PRODUCT_RIGHTS), p.getMarketBenefitTypes());
	}

	@Test
	public void itemWeightsFromTheItemOrItsDomain() {
		TinyCase m = new TinyCase();
		ClassificationParameters p = ClassificationParameters.defaults();
		DecisionItem strategy = item(m.phase, "Strategy", DecisionDomain.STRATEGY, RightKind.FINAL, m.go);
		DecisionItem use = item(m.phase, "Use", DecisionDomain.COMMERCIAL_DATA_USE, RightKind.FINAL, m.go);
		DecisionItem budget = item(m.phase, "Budget", DecisionDomain.BUDGET, RightKind.FINAL, m.go);
		assertEquals(2, p.weightOf(strategy), 0);
		assertEquals(2, p.weightOf(use), 0);
		assertEquals(1, p.weightOf(budget), 0);
		budget.setWeight(4);
		assertEquals(4, p.weightOf(budget), 0);
		p.set("itemWeight.heavy", "3").set("itemWeight.heavyDomains", "budget");
		assertEquals(1, p.weightOf(strategy), 0);
		budget.unsetWeight();
		assertEquals(3, p.weightOf(budget), 0);
	}

	@Test
	public void fileOverridesSomeAndKeepsTheRest() throws Exception {
		ClassificationParameters p = ClassificationParameters.load(write(
				"network.maxHhi = 0.25   # looser\nmarket.benefitTypes = REVENUE_SHARE, EQUITY_DIVIDEND\nhub.minMembers: 4\n"));
		assertEquals(0.25, p.getNetworkMaxHhi(), 0);
		assertEquals(Set.of(BenefitType.REVENUE_SHARE, BenefitType.EQUITY_DIVIDEND), p.getMarketBenefitTypes());
		assertEquals(4, p.getHubMinMembers());
		assertEquals(0.35, p.getNetworkMaxSmax(), 0);
	}

	@Test
	public void unknownKeyNamesFileLineAndKnownKeys() throws Exception {
		assertRejected("network.maxHhi = 0.25\nnetwork.maxHHI = 0.3\n", 2, "unknown parameter 'network.maxHHI'; known parameters are itemWeight.default");
	}

	@Test
	public void badValuesNameWhatIsAllowed() throws Exception {
		assertRejected("network.maxHhi = 1.5\n", 1, "'network.maxHhi' must be a number between 0 and 1, found '1.5'");
		assertRejected("\nnetwork.minNDec = 4.5\n", 2, "must be a whole number of 0 or more");
		assertRejected("itemWeight.heavy = 0\n", 1, "must be a number greater than 0");
		assertRejected("market.benefitTypes = REVENUE_SHARE, SALARY\n", 1, "must list values among FIXED_FEE, SERVICE_PURCHASE");
		assertRejected("borderline.margin = wide\n", 1, "must be a number such as 0.35");
	}

	@Test
	public void describedFileLoadsBackToTheSameValues() throws Exception {
		ClassificationParameters changed = ClassificationParameters.defaults().set("coCreation.minWJoint", "0.4")
				.set("nEntP.roles", "BUILDER, OPERATOR");
		String text = changed.describe();
		assertTrue(text, text.startsWith("# CoGov classification parameters: our operationalisation of the thesis"));
		ClassificationParameters loaded = ClassificationParameters.load(write(text));
		for (String key : ClassificationParameters.keys()) {
			assertEquals(key, changed.get(key), loaded.get(key));
		}
		assertEquals(26, ClassificationParameters.keys().size());
	}

	@Test
	public void copiesAreIndependent() {
		ClassificationParameters original = ClassificationParameters.defaults();
		ClassificationParameters copy = original.copy().set("network.minNDec", "9");
		assertEquals(5, original.getNetworkMinNDec());
		assertEquals(9, copy.getNetworkMinNDec());
		try {
			copy.set("network.minNdec", "9");
			fail("unknown key accepted");
		} catch (IllegalArgumentException e) {
			assertTrue(e.getMessage().contains("unknown parameter"));
		}
	}
}
