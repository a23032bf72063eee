/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.classification;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cogov.analysis.tests.IllustrativeCases;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructurePhase;
import org.cogov.model.StructureType;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The structure types of domain design section 3 with their explanations. */
public class StructureClassifierTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private static final ClassificationParameters DEFAULTS = ClassificationParameters.defaults();

	private static StructurePhase current(PlatformCase c) {
		return c.getPhases().get(c.getPhases().size() - 1);
	}

	private static Classification classify(StructurePhase phase, ClassificationParameters parameters) {
		return StructureClassifier.classify(phase, parameters);
	}

	@Test
	public void theFourIllustrativeCasesLandInTheirTypes() {
		assertEquals(StructureType.NETWORK, classify(current(IllustrativeCases.countyA()), DEFAULTS).type());
		assertEquals(StructureType.GOVERNMENT_LED, classify(IllustrativeCases.countyA().getPhases().get(0), DEFAULTS).type());
		assertEquals(StructureType.CO_CREATION, classify(current(IllustrativeCases.districtB()), DEFAULTS).type());
		assertEquals(StructureType.ENTERPRISE_LED, classify(current(IllustrativeCases.countyC()), DEFAULTS).type());
		assertEquals(StructureType.GOVERNMENT_LED, classify(current(IllustrativeCases.countyD()), DEFAULTS).type());
	}

	@Test
	public void explanationListsEveryConditionMetOrFailed() {
		Classification a = classify(current(IllustrativeCases.countyA()), DEFAULTS);
		Explanation explanation = a.explanation();
		assertEquals(List.of(StructureType.ENTERPRISE_LED, StructureType.GOVERNMENT_LED, StructureType.CO_CREATION,
				StructureType.NETWORK), explanation.checks().stream().map(TypeCheck::type).toList());
		List<Condition> governmentLed = explanation.check(StructureType.GOVERNMENT_LED).conditions();
		assertEquals(5, governmentLed.size());
		Condition smax = governmentLed.get(2);
		assertEquals("smax", smax.label());
		assertEquals(Comparison.AT_LEAST, smax.comparison());
		assertEquals(0.5, smax.threshold(), 0);
		assertEquals(0.25, smax.value(), 1e-9);
		assertFalse(smax.met());
		assertFalse(governmentLed.get(4).met()); // enterprises hold final authority through the operations centre
		assertTrue(explanation.check(StructureType.NETWORK).conditions().stream().allMatch(Condition::met));
		assertEquals(7, explanation.features().value(Feature.N_DEC), 0);
		String text = explanation.toText();
		assertTrue(text, text.contains("thresholds are our operationalisation of the thesis"));
		assertTrue(text, text.contains("- smax = 0.250 >= 0.500: failed"));
		assertTrue(text, text.contains("hub = yes (decision body 'JointMeeting' has 6 members and meets 12 times a year)"));
	}

	@Test
	public void checkingStopsAtTheFirstMatch() {
		Explanation c = classify(current(IllustrativeCases.countyC()), DEFAULTS).explanation();
		assertEquals(1, c.checks().size());
		assertNull(c.check(StructureType.NETWORK));
		assertEquals(2, c.check(StructureType.ENTERPRISE_LED).alternatives().size());
	}

	@Test
	public void matchedTypeNearItsThresholdIsBorderline() {
		ClassificationParameters tight = DEFAULTS.copy().set("network.maxSmax", "0.28");
		Classification a = classify(current(IllustrativeCases.countyA()), tight);
		assertEquals(StructureType.NETWORK, a.type());
		assertTrue(a.isBorderline());
		Borderline borderline = a.explanation().borderlines().get(0);
		assertEquals(StructureType.NETWORK, borderline.type());
		assertEquals("smax", borderline.condition().label());
		assertFalse("defaults are untouched", classify(current(IllustrativeCases.countyA()), DEFAULTS).isBorderline());
	}

	@Test
	public void hybridNamesItsNearestTypeAndTheFailedConditions() {
		PlatformCase a = IllustrativeCases.countyA();
		StructurePhase p2 = current(a);
		p2.getBodies().stream().filter(b -> b.getName().equals("JointMeeting")).findFirst().orElseThrow().setMeetingsPerYear(2);
		Classification hybrid = classify(p2, DEFAULTS);
		assertEquals(StructureType.HYBRID, hybrid.type());
		assertEquals(StructureType.NETWORK, hybrid.nearestType());
		assertEquals(List.of("hub"), hybrid.failedConditions().stream().map(Condition::label).toList());
		assertEquals("HYBRID (nearest NETWORK)", hybrid.toString());
		assertEquals(4, hybrid.explanation().checks().size());
	}

	@Test
	public void earlierTypeFailingByLessThanTheMarginIsBorderline() {
		ClassificationParameters stricter = DEFAULTS.copy().set("governmentLed.minSmax", "0.60");
		Classification d = classify(current(IllustrativeCases.countyD()), stricter); // smax = 7/12 = 0.583
		assertEquals(StructureType.HYBRID, d.type());
		assertEquals(StructureType.GOVERNMENT_LED, d.nearestType());
		assertEquals(1, d.explanation().borderlines().size());
		Borderline borderline = d.explanation().borderlines().get(0);
		assertEquals(StructureType.GOVERNMENT_LED, borderline.type());
		assertFalse(borderline.condition().met());
	}

	@Test
	public void parametersFileOverridesAThresholdAndChangesTheResult() throws Exception {
		Path file = folder.getRoot().toPath().resolve(ClassificationParameters.FILE_NAME);
		Files.writeString(file, "# a stricter network\nnetwork.minNDec = 8\n", StandardCharsets.UTF_8);
		ClassificationParameters parameters = ClassificationParameters.load(file);
		Classification a = classify(current(IllustrativeCases.countyA()), parameters);
		assertEquals(StructureType.HYBRID, a.type());
		assertEquals(StructureType.NETWORK, a.nearestType());
		Condition failed = a.failedConditions().get(0);
		assertEquals("nDec", failed.label());
		assertEquals(8, failed.threshold(), 0);
		assertEquals(7, failed.value(), 0);
	}
}
