/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.tests.CaseBuilder.claim;
import static org.cogov.analysis.tests.CaseBuilder.date;
import static org.cogov.analysis.tests.CaseBuilder.event;
import static org.cogov.analysis.tests.CaseBuilder.phase;
import static org.cogov.analysis.tests.RuleFindings.assertFlaggedOnly;
import static org.cogov.analysis.tests.RuleFindings.assertNotFlagged;
import static org.junit.Assert.assertEquals;

import org.cogov.analysis.tests.TinyCase;
import org.cogov.model.CausalClaim;
import org.cogov.model.Event;
import org.cogov.model.EventKind;
import org.cogov.model.ProcessTracingTest;
import org.cogov.model.StructurePhase;
import org.cogov.model.StructureType;
import org.junit.Test;

/** COGOV-E14 and E15. */
public class TimelineRulesTest {

	@Test
	public void e14CauseDatedAfterItsEffect() {
		TinyCase m = new TinyCase();
		Event policy = event(m.platformCase, "Policy", "2021-06-01", EventKind.POLICY_ISSUED);
		Event body = event(m.platformCase, "Body", "2020-09-01", EventKind.BODY_ESTABLISHED);
		CausalClaim claim = claim(m.platformCase, "PolicyToBody", policy, body, m.governmentSays(ProcessTracingTest.HOOP));
		String message = assertFlaggedOnly(m.platformCase, RuleCatalog.E14_CAUSE_AFTER_EFFECT, claim).get(0).getMessage();
		assertEquals("COGOV-E14 The cause of causal claim 'PolicyToBody' in case 'CountyA', event 'Policy' (2021-06-01), "
				+ "is dated after its effect event 'Body' (2020-09-01); correct the dates or swap cause and effect.", message);

		policy.setDate(date("2020-06-01"));
		assertNotFlagged(m.platformCase, RuleCatalog.E14_CAUSE_AFTER_EFFECT);
	}

	@Test
	public void e15PhasesThatOverlap() {
		TinyCase m = new TinyCase(); // P2 runs from 2021-01-01, open
		StructurePhase p1 = phase(m.platformCase, "P1", "2019-06-01", "2021-01-01", StructureType.UNSET);
		assertFlaggedOnly(m.platformCase, RuleCatalog.E15_PHASE_OVERLAP, p1);

		p1.setValidTo(date("2020-12-31")); // phases are closed intervals of days: this one ends the day before
		assertNotFlagged(m.platformCase, RuleCatalog.E15_PHASE_OVERLAP);
	}
}
