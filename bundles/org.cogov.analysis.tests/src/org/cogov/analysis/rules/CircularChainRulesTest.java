/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.tests.CaseBuilder.claim;
import static org.cogov.analysis.tests.CaseBuilder.department;
import static org.cogov.analysis.tests.CaseBuilder.event;
import static org.cogov.analysis.tests.RuleFindings.assertNotFlagged;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cogov.analysis.tests.RuleFindings;
import org.cogov.analysis.tests.TinyCase;
import org.cogov.model.CausalClaim;
import org.cogov.model.DepartmentKind;
import org.cogov.model.Event;
import org.cogov.model.EventKind;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.ProcessTracingTest;
import org.junit.Test;

/** COGOV-E19: parents and causal claims that go round in a circle. */
public class CircularChainRulesTest {

	private static List<RuleDiagnostic> circles(TinyCase m) {
		return RuleFindings.of(m.study).stream().filter(d -> d.getRule() == RuleCatalog.E19_CIRCULAR_CHAIN).toList();
	}

	@Test
	public void aDepartmentThatIsItsOwnParent() {
		TinyCase m = new TinyCase();
		m.ps.setParent(m.ps);
		List<RuleDiagnostic> found = circles(m);
		assertEquals(1, found.size());
		assertEquals("COGOV-E19 Department 'PS' in case 'CountyA' is its own parent through PS -> PS; a department's parent "
				+ "must lie above it, so remove one of these parents.", found.get(0).getMessage());
		m.ps.setParent(m.go);
		assertNotFlagged(m.study, RuleCatalog.E19_CIRCULAR_CHAIN);
	}

	@Test
	public void parentsInACircleAreEachReportedAndDepartmentsBelowAreNot() {
		TinyCase m = new TinyCase();
		GovernmentDepartment township = department(m.platformCase, "TW", "城关镇", DepartmentKind.TOWNSHIP);
		m.ps.setParent(m.go);
		m.go.setParent(m.ps);
		township.setParent(m.ps); // below the circle, not on it
		List<RuleDiagnostic> found = circles(m);
		assertEquals(2, found.size());
		assertTrue(RuleFindings.messages(found), found.get(0).getMessage().contains("GO -> PS -> GO"));
		assertTrue(RuleFindings.messages(found), found.get(1).getMessage().contains("PS -> GO -> PS"));
	}

	@Test
	public void causalClaimsThatLeadBackToTheirCause() {
		TinyCase m = new TinyCase();
		Event policy = event(m.platformCase, "Policy", "2020-01-01", EventKind.POLICY_ISSUED);
		Event body = event(m.platformCase, "Body", "2020-01-01", EventKind.BODY_ESTABLISHED);
		Event launch = event(m.platformCase, "Launch", "2020-01-01", EventKind.PLATFORM_LAUNCH);
		claim(m.platformCase, "C1", policy, body, m.governmentSays(ProcessTracingTest.HOOP));
		CausalClaim second = claim(m.platformCase, "C2", body, launch, m.governmentSays(ProcessTracingTest.HOOP));
		assertNotFlagged(m.study, RuleCatalog.E19_CIRCULAR_CHAIN);

		CausalClaim back = claim(m.platformCase, "C3", launch, policy, m.enterpriseSays(ProcessTracingTest.HOOP));
		List<RuleDiagnostic> found = circles(m);
		assertEquals(3, found.size());
		RuleDiagnostic onBack = found.stream().filter(d -> d.getData().get(0) == back).findFirst().orElseThrow();
		assertEquals("COGOV-E19 Causal claim 'C3' in case 'CountyA' leads back to its own cause through Launch -> Policy "
				+ "-> Body -> Launch; causal claims cannot go round in a circle, so remove or reverse one of them.", onBack.getMessage());
		assertTrue(found.stream().anyMatch(d -> d.getData().get(0) == second));
	}

	@Test
	public void anEventThatCausesItself() {
		TinyCase m = new TinyCase();
		Event policy = event(m.platformCase, "Policy", "2020-01-01", EventKind.POLICY_ISSUED);
		claim(m.platformCase, "Self", policy, policy, m.governmentSays(ProcessTracingTest.HOOP));
		List<RuleDiagnostic> found = circles(m);
		assertEquals(1, found.size());
		assertTrue(found.get(0).getMessage(), found.get(0).getMessage().contains("through Policy -> Policy"));
	}

	@Test
	public void theMessageIsInChineseToo() {
		TinyCase m = new TinyCase();
		m.ps.setParent(m.ps);
		List<RuleDiagnostic> found = RuleFindings.of(m.study, Map.of(CogovRulesValidator.LOCALE_KEY, Locale.SIMPLIFIED_CHINESE))
				.stream().filter(d -> d.getRule() == RuleCatalog.E19_CIRCULAR_CHAIN).toList();
		assertTrue(found.get(0).getMessage(), found.get(0).getMessage().contains("经由 PS -> PS 成为自己的上级"));
	}
}
