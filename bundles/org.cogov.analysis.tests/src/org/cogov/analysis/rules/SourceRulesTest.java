/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.tests.CaseBuilder.interviewee;
import static org.cogov.analysis.tests.RuleFindings.assertFlaggedOnly;
import static org.cogov.analysis.tests.RuleFindings.assertNotFlagged;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.cogov.analysis.tests.TinyCase;
import org.cogov.model.CogovPackage.Literals;
import org.cogov.model.Interviewee;
import org.cogov.model.Side;
import org.junit.Test;

/** COGOV-E16 and W11. */
public class SourceRulesTest {

	@Test
	public void e16IntervieweeWithAPersonalNameInItsLabel() {
		TinyCase m = new TinyCase();
		m.government.setLabel("王伟");
		RuleDiagnostic hit = assertFlaggedOnly(m.study, RuleCatalog.E16_INTERVIEWEE_ANONYMITY, m.government).get(0);
		assertEquals(Literals.NAMED_ELEMENT__LABEL, hit.getFeature());
		assertTrue(hit.getMessage(), hit.getMessage().contains("personal name in its label (\"王伟\")"));

		m.government.setLabel("科长");
		assertNotFlagged(m.study, RuleCatalog.E16_INTERVIEWEE_ANONYMITY);
	}

	@Test
	public void e16IntervieweeWithAnHonorificInItsRank() {
		TinyCase m = new TinyCase();
		m.enterprise.setRank("assistant to Mr. Li");
		assertEquals(Literals.INTERVIEWEE__RANK,
				assertFlaggedOnly(m.study, RuleCatalog.E16_INTERVIEWEE_ANONYMITY, m.enterprise).get(0).getFeature());

		m.enterprise.setRank("Deputy Director");
		assertNotFlagged(m.study, RuleCatalog.E16_INTERVIEWEE_ANONYMITY);
	}

	@Test
	public void e16CodeThatBreaksThePattern() {
		TinyCase m = new TinyCase();
		Interviewee third = interviewee(m.study, "G7", Side.GOVERNMENT, "staff member", "2023-03-03");
		assertFlaggedOnly(m.study, RuleCatalog.E16_INTERVIEWEE_ANONYMITY, third);
		third.setName("E07"); // the letter must match the side
		String message = assertFlaggedOnly(m.study, RuleCatalog.E16_INTERVIEWEE_ANONYMITY, third).get(0).getMessage();
		assertTrue(message, message.contains("name it G followed by 2 or 3 digits, e.g. G07"));

		third.setName("G107");
		assertNotFlagged(m.study, RuleCatalog.E16_INTERVIEWEE_ANONYMITY);
	}

	@Test
	public void w11FewerThanTwoIntervieweesPerSide() {
		TinyCase m = new TinyCase(); // one per side
		interviewee(m.study, "G02", Side.GOVERNMENT, "staff member", "2023-03-03");
		List<RuleDiagnostic> hits = assertFlaggedOnly(m.study, RuleCatalog.W11_INTERVIEWEES_PER_SIDE, m.study);
		assertEquals(1, hits.size());
		assertTrue(hits.get(0).getMessage(), hits.get(0).getMessage().contains("1 enterprise interviewee"));

		interviewee(m.study, "E02", Side.ENTERPRISE, "engineer", "2023-03-04");
		assertNotFlagged(m.study, RuleCatalog.W11_INTERVIEWEES_PER_SIDE);
	}
}
