/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cogov.analysis.CaseAnalysis;
import org.cogov.analysis.GovernanceAnalysis;
import org.cogov.analysis.PhaseAnalysis;
import org.cogov.analysis.classification.Feature;
import org.cogov.analysis.metrics.CollaborationMetrics;
import org.cogov.analysis.rules.RuleDiagnostic;
import org.cogov.model.NamedElement;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructureType;
import org.cogov.model.Study;
import org.junit.Test;

/** Keeps the figures table of {@link IllustrativeCases} and the cases' intended findings honest. */
public class IllustrativeCasesTest {

	private static final double TOLERANCE = 0.0006; // the table rounds to 3 decimals

	/** type, G, E, smax, lead, HHI*, nDec, then the metrics as in the table. */
	private static void assertRow(PhaseAnalysis p, StructureType type, double g, double e, double smax, String lead,
			double hhi, int nDec, double... metrics) {
		String where = p.phase().eContainer() instanceof PlatformCase c ? c.getName() + "/" + p.phase().getName() : "?";
		assertEquals(where, type, p.classification().type());
		assertEquals(where + " G", g, p.features().value(Feature.G), TOLERANCE);
		assertEquals(where + " E", e, p.features().value(Feature.E), TOLERANCE);
		assertEquals(where + " smax", smax, p.features().value(Feature.SMAX), TOLERANCE);
		assertEquals(where + " lead", lead, p.features().lead().getName());
		assertEquals(where + " HHI*", hhi, p.features().value(Feature.HHI), TOLERANCE);
		assertEquals(where + " nDec", nDec, (int) p.features().value(Feature.N_DEC));
		CollaborationMetrics m = p.metrics();
		double[] actual = { m.density(), m.centralisation(), m.reach(), m.isolateShare(), m.reciprocity(),
				m.lateralShare(), m.multiplexity(), m.dii(), m.responsibilityClarity(), m.idci() };
		for (int i = 0; i < metrics.length; i++) {
			assertEquals(where + " metric " + i, metrics[i], actual[i], TOLERANCE);
		}
		assertTrue(where + " must not be borderline", !p.classification().isBorderline());
	}

	@Test
	public void countyAMovesFromGovernmentLedPilotToNetwork() {
		CaseAnalysis a = GovernanceAnalysis.analyse(IllustrativeCases.countyA());
		assertEquals(2, a.phases().size());
		assertRow(a.phases().get(0), StructureType.GOVERNMENT_LED, 1.000, 0.000, 0.571, "DA", 0.412, 2,
				0.143, 0.500, 0.571, 0.429, 0.000, 0.000, 1.000, 0.163, 1.000, 0.290);
		assertRow(a.phases().get(1), StructureType.NETWORK, 0.9375, 0.0625, 0.250, "GO", 0.067, 7,
				0.524, 0.667, 0.857, 0.000, 0.778, 0.455, 1.091, 0.682, 1.000, 0.768);
	}

	@Test
	public void districtBIsCoCreation() {
		assertRow(GovernanceAnalysis.analyse(IllustrativeCases.districtB()).current(), StructureType.CO_CREATION,
				0.644, 0.356, 0.553, "DA", 0.361, 3, 0.333, 0.700, 0.667, 0.000, 0.333, 0.200, 1.000, 0.197, 1.000, 0.506);
	}

	@Test
	public void countyCIsEnterpriseLed() {
		assertRow(GovernanceAnalysis.analyse(IllustrativeCases.countyC()).current(), StructureType.ENTERPRISE_LED,
				0.364, 0.636, 0.636, "PF", 0.421, 2, 0.200, 0.600, 0.333, 0.333, 0.000, 0.000, 1.000, 0.106, 0.667, 0.261);
	}

	@Test
	public void countyDIsGovernmentLed() {
		assertRow(GovernanceAnalysis.analyse(IllustrativeCases.countyD()).current(), StructureType.GOVERNMENT_LED,
				1.000, 0.000, 0.583, "DA", 0.453, 2, 0.286, 1.000, 0.857, 0.000, 0.200, 0.000, 1.000, 0.232, 1.000, 0.515);
	}

	@Test
	public void countyAHasTheHighestCollaborationIndex() {
		Study study = IllustrativeCases.study();
		double a = GovernanceAnalysis.analyse(study.getCases().get(0)).current().metrics().idci();
		for (PlatformCase other : study.getCases().subList(1, 4)) {
			assertTrue(other.getName(), GovernanceAnalysis.analyse(other).current().metrics().idci() < a);
		}
	}

	/** Only County C carries findings, exactly those it was built to show. */
	@Test
	public void onlyCountyCCarriesItsIntendedFindings() {
		List<RuleDiagnostic> findings = RuleFindings.of(IllustrativeCases.study());
		Map<String, String> byTarget = new TreeMap<>();
		for (RuleDiagnostic finding : findings) {
			byTarget.merge(((NamedElement) finding.getTarget()).getName() + ":" + finding.getRuleId(), "x", String::concat);
		}
		Map<String, String> expected = new TreeMap<>(Map.of("DataSecurity:COGOV-E01", "x", "HE:COGOV-W01", "x",
				"CA:COGOV-W01", "x", "DataRules:COGOV-R01", "x", "CommercialUse:COGOV-R01", "x", "P1:COGOV-R03", "x",
				"PlatformIP:COGOV-R04", "x"));
		assertEquals(RuleFindings.messages(findings), expected, byTarget);
		for (RuleDiagnostic finding : findings) {
			assertTrue(finding.getMessage(), finding.getMessage().contains("'CountyC'"));
		}
	}
}
