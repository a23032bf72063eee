/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.tests.CaseBuilder.benefit;
import static org.cogov.analysis.tests.CaseBuilder.pool;
import static org.cogov.analysis.tests.CaseBuilder.responsibility;
import static org.cogov.analysis.tests.RuleFindings.assertFlaggedOnly;
import static org.cogov.analysis.tests.RuleFindings.assertNotFlagged;
import static org.cogov.analysis.tests.RuleFindings.of;
import static org.cogov.analysis.tests.RuleFindings.on;
import static org.junit.Assert.assertEquals;

import java.util.List;

import org.cogov.analysis.tests.TinyCase;
import org.cogov.model.BenefitShare;
import org.cogov.model.BenefitType;
import org.cogov.model.CogovPackage.Literals;
import org.cogov.model.Responsibility;
import org.cogov.model.ResponsibilityCategory;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.Test;

/** COGOV-E01 and COGOV-W12. */
public class ResponsibilityRulesTest {

	@Test
	public void e01ResponsibilityWithTwoAccountableActors() {
		TinyCase m = new TinyCase();
		Responsibility ops = responsibility(m.phase, "Ops", ResponsibilityCategory.OPERATION, m.da);
		ops.getAccountable().add(m.csoe);
		List<RuleDiagnostic> hits = assertFlaggedOnly(m.platformCase, RuleCatalog.E01_ACCOUNTABLE_ACTOR, ops);
		RuleDiagnostic hit = hits.get(0);
		assertEquals("COGOV-E01 Responsibility 'Ops' in phase 'P2' of case 'CountyA' has 2 accountable actors (DA, CSOE); "
				+ "keep exactly one accountable actor and make the others responsible.", hit.getMessage());
		assertEquals(Diagnostic.ERROR, hit.getSeverity());
		assertEquals("org.cogov.analysis", hit.getSource());
		assertEquals(Literals.RESPONSIBILITY__ACCOUNTABLE, hit.getFeature());
		assertEquals(List.of(m.da, m.csoe), hit.getRelated());

		ops.getAccountable().remove(m.csoe);
		ops.getResponsible().add(m.csoe);
		assertNotFlagged(m.platformCase, RuleCatalog.E01_ACCOUNTABLE_ACTOR);
	}

	@Test
	public void e01ResponsibilityWithoutAccountableActor() {
		TinyCase m = new TinyCase();
		Responsibility security = responsibility(m.phase, "Security", ResponsibilityCategory.DATA_SECURITY, null, m.csoe);
		String message = assertFlaggedOnly(m.platformCase, RuleCatalog.E01_ACCOUNTABLE_ACTOR, security).get(0).getMessage();
		assertEquals("COGOV-E01 Responsibility 'Security' in phase 'P2' of case 'CountyA' has no accountable actor; "
				+ "name exactly one accountable actor.", message);

		security.getAccountable().add(m.da);
		assertNotFlagged(m.platformCase, RuleCatalog.E01_ACCOUNTABLE_ACTOR);
	}

	@Test
	public void w12ActorWithBenefitButNoResponsibility() {
		TinyCase m = new TinyCase();
		BenefitShare fee = benefit(pool(m.phase, "Fees"), m.csoe, 1.0, BenefitType.FIXED_FEE);
		BenefitShare second = benefit(pool(m.phase, "Bonus"), m.csoe, 1.0, BenefitType.REPUTATION);
		assertFlaggedOnly(m.platformCase, RuleCatalog.W12_BENEFIT_WITHOUT_RESPONSIBILITY, fee);
		assertEquals("reported once per actor and phase", List.of(),
				on(of(m.platformCase), RuleCatalog.W12_BENEFIT_WITHOUT_RESPONSIBILITY, second));

		responsibility(m.phase, "Operations", ResponsibilityCategory.OPERATION, m.da, m.csoe);
		assertNotFlagged(m.platformCase, RuleCatalog.W12_BENEFIT_WITHOUT_RESPONSIBILITY);
	}
}
