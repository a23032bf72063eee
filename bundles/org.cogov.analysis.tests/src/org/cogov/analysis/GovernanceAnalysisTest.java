/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.analysis.metrics.Metric;
import org.cogov.analysis.tests.IllustrativeCases;
import org.cogov.model.CogovFactory;
import org.cogov.model.NamedElement;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructurePhase;
import org.cogov.model.StructureType;
import org.cogov.model.Study;
import org.junit.Test;

/** Case analysis over time, phase changes tied to the timeline, and the study comparison with the thesis finding. */
public class GovernanceAnalysisTest {

	private static final ClassificationParameters DEFAULTS = ClassificationParameters.defaults();

	@Test
	public void phasesInTimeOrderWhateverTheirOrderInTheModel() {
		PlatformCase a = IllustrativeCases.countyA();
		a.getPhases().move(0, 1); // P2 now listed first
		CaseAnalysis analysis = GovernanceAnalysis.analyse(a, DEFAULTS);
		assertEquals(List.of("P1", "P2"), analysis.phases().stream().map(p -> p.phase().getName()).toList());
		assertEquals("P2", analysis.current().phase().getName());
		assertSame(analysis.phases().get(0), analysis.phase(a.getPhases().get(1)));
	}

	@Test
	public void phaseChangeTiesMetricDeltasToEventsAndClaims() {
		CaseAnalysis a = GovernanceAnalysis.analyse(IllustrativeCases.countyA(), DEFAULTS);
		assertEquals(1, a.changes().size());
		PhaseChange change = a.changes().get(0);
		assertTrue(change.typeChanged());
		for (Metric metric : Metric.values()) {
			assertEquals(metric.label(), metric.valueIn(a.phases().get(1).metrics()) - metric.valueIn(a.phases().get(0).metrics()),
					change.delta(metric), 1e-12);
		}
		assertEquals(0.768 - 0.290, change.delta(Metric.IDCI), 0.001);
		// after P1 began (2019-06-01, so not the launch that day) and up to P2's start; not the later outcome
		assertEquals(List.of("PilotPolicy", "JointMeetingEstablished", "OpsContractSigned"),
				change.events().stream().map(NamedElement::getName).toList());
		assertEquals(List.of("PolicyToJointMeeting"), change.claims().stream().map(NamedElement::getName).toList());
		String text = change.toText();
		assertTrue(text, text.startsWith("P1 -> P2: GOVERNMENT_LED -> NETWORK"));
		assertTrue(text, text.contains("IDCI +0.478"));
	}

	@Test
	public void comparisonOfTheFourCasesSupportsTheThesis() {
		StudyComparison comparison = GovernanceAnalysis.compare(IllustrativeCases.study(), DEFAULTS);
		assertEquals(List.of("CountyA", "DistrictB", "CountyC", "CountyD"),
				comparison.rows().stream().map(StudyComparison.Row::caseName).toList());
		assertEquals(List.of(StructureType.NETWORK, StructureType.CO_CREATION, StructureType.ENTERPRISE_LED,
				StructureType.GOVERNMENT_LED), comparison.rows().stream().map(StudyComparison.Row::type).toList());
		StudyComparison.Row a = comparison.rows().get(0);
		assertEquals("P2", a.phase().getName());
		assertEquals("GO", a.lead().getName());
		assertEquals(7, a.nDec());
		ThesisFinding finding = comparison.thesisFinding();
		assertEquals(ThesisFinding.Verdict.SUPPORTED, finding.verdict());
		assertEquals("Network case CountyA has the highest IDCI (0.768), above the best other case CountyD "
				+ "(GOVERNMENT_LED, 0.515): consistent with the thesis' finding that the network platform promotes "
				+ "inter-departmental collaboration best.", finding.sentence());
		String[] lines = comparison.toText().split("\n");
		assertEquals(6, lines.length);
		assertTrue(lines[0], lines[0].startsWith("case\tphase\ttype\tG\tE\tsmax\tlead\tHHI*\tnDec\tdensity"));
		assertTrue(lines[1], lines[1].startsWith("CountyA\tP2\tNETWORK\t0.937\t0.063\t0.250\tGO\t0.067\t7\t0.524"));
	}

	@Test
	public void notSupportedWhenAnotherTypeCollaboratesMore() {
		Study study = IllustrativeCases.study();
		PlatformCase a = study.getCases().get(0);
		a.getLinks().removeIf(link -> link.getValidTo() == null); // County A loses every link of its network phase
		ThesisFinding finding = GovernanceAnalysis.compare(study, DEFAULTS).thesisFinding();
		assertEquals(ThesisFinding.Verdict.NOT_SUPPORTED, finding.verdict());
		assertTrue(finding.sentence(), finding.sentence().startsWith(
				"Case CountyD (GOVERNMENT_LED) has IDCI 0.515, at or above the best network case CountyA (0.136)"));
	}

	@Test
	public void notApplicableWithoutANetworkCase() {
		Study study = IllustrativeCases.study();
		List<PlatformCase> others = study.getCases().subList(1, 4);
		assertEquals(ThesisFinding.Verdict.NOT_APPLICABLE, GovernanceAnalysis.compare(others, DEFAULTS).thesisFinding().verdict());
		assertEquals(ThesisFinding.Verdict.NOT_APPLICABLE,
				GovernanceAnalysis.compare(study.getCases().subList(0, 1), DEFAULTS).thesisFinding().verdict());
	}

	@Test(expected = IllegalArgumentException.class)
	public void phaseOutsideACaseIsRefused() {
		StructurePhase loose = CogovFactory.eINSTANCE.createStructurePhase();
		GovernanceAnalysis.analyse(loose, DEFAULTS);
	}
}
