/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.tests.CaseBuilder.asset;
import static org.cogov.analysis.tests.CaseBuilder.benefit;
import static org.cogov.analysis.tests.CaseBuilder.body;
import static org.cogov.analysis.tests.CaseBuilder.factor;
import static org.cogov.analysis.tests.CaseBuilder.item;
import static org.cogov.analysis.tests.CaseBuilder.owner;
import static org.cogov.analysis.tests.CaseBuilder.pool;
import static org.cogov.analysis.tests.CaseBuilder.responsibility;
import static org.cogov.analysis.tests.RuleFindings.assertFlaggedOnly;
import static org.cogov.analysis.tests.RuleFindings.assertNotFlagged;
import static org.junit.Assert.assertTrue;

import org.cogov.analysis.tests.TinyCase;
import org.cogov.model.Asset;
import org.cogov.model.AssetKind;
import org.cogov.model.BenefitPool;
import org.cogov.model.BenefitShare;
import org.cogov.model.BenefitType;
import org.cogov.model.BodyKind;
import org.cogov.model.DecisionBody;
import org.cogov.model.DecisionDomain;
import org.cogov.model.DecisionItem;
import org.cogov.model.DecisionRule;
import org.cogov.model.Factor;
import org.cogov.model.FactorDimension;
import org.cogov.model.FactorDirection;
import org.cogov.model.Hosting;
import org.cogov.model.Membership;
import org.cogov.model.ResponsibilityCategory;
import org.cogov.model.RightKind;
import org.cogov.model.Strength;
import org.junit.Test;

/** COGOV-E06, E07 and E18. */
public class ShareRulesTest {

	@Test
	public void e06BenefitSharesNotSummingToOne() {
		TinyCase m = new TinyCase();
		BenefitPool revenue = pool(m.phase, "Revenue");
		benefit(revenue, m.da, 0.51, BenefitType.REVENUE_SHARE);
		BenefitShare firm = benefit(revenue, m.csoe, 0.45, BenefitType.REVENUE_SHARE);
		String message = assertFlaggedOnly(m.platformCase, RuleCatalog.E06_BENEFIT_SHARES_SUM, revenue).get(0).getMessage();
		assertTrue(message, message.contains("sum to 0.96"));

		firm.setShare(0.495); // within the tolerance of 0.01
		assertNotFlagged(m.platformCase, RuleCatalog.E06_BENEFIT_SHARES_SUM);
	}

	@Test
	public void e07OwnershipSharesNotSummingToOne() {
		TinyCase m = new TinyCase();
		Asset ip = asset(m.phase, "PlatformIP", AssetKind.PLATFORM_IP, Hosting.GOVERNMENT_CLOUD, m.da, true);
		owner(ip, m.da, 0.51);
		owner(ip, m.ps, 0.51);
		assertFlaggedOnly(m.platformCase, RuleCatalog.E07_OWNERSHIP_SHARES_SUM, ip);

		ip.getOwners().get(1).setShare(0.49);
		assertNotFlagged(m.platformCase, RuleCatalog.E07_OWNERSHIP_SHARES_SUM);
	}

	@Test
	public void e18ShareAboveOne() {
		TinyCase m = new TinyCase();
		BenefitShare share = benefit(pool(m.phase, "Fees"), m.da, 1.2, BenefitType.COST_SAVING);
		responsibility(m.phase, "Planning", ResponsibilityCategory.PLANNING, m.da); // keep COGOV-W12 quiet
		assertFlaggedOnly(m.platformCase, RuleCatalog.E18_VALUE_RANGE, share);

		share.setShare(1.0);
		assertNotFlagged(m.platformCase, RuleCatalog.E18_VALUE_RANGE);
	}

	@Test
	public void e18ScoreOutsideTheUnitInterval() {
		TinyCase m = new TinyCase();
		Factor factor = factor(m.platformCase, "T1", null, FactorDimension.TECHNOLOGICAL, Strength.STRONG, FactorDirection.ENABLING);
		factor.setScore(-0.2);
		assertFlaggedOnly(m.platformCase, RuleCatalog.E18_VALUE_RANGE, factor);

		factor.unsetScore(); // no fuzzy score is fine
		assertNotFlagged(m.platformCase, RuleCatalog.E18_VALUE_RANGE);
	}

	@Test
	public void e18WeightsNotAboveZero() {
		TinyCase m = new TinyCase();
		DecisionItem budget = item(m.phase, "Budget", DecisionDomain.BUDGET, RightKind.FINAL, m.go);
		budget.setWeight(0);
		DecisionBody meeting = body(m.phase, "Meeting", BodyKind.JOINT_MEETING, DecisionRule.MAJORITY, m.da, 12, m.da, m.ps);
		Membership member = meeting.getMembers().get(1);
		member.setWeight(-1);
		assertFlaggedOnly(m.platformCase, RuleCatalog.E18_VALUE_RANGE, budget);
		assertFlaggedOnly(m.platformCase, RuleCatalog.E18_VALUE_RANGE, member);

		budget.setWeight(3);
		member.setWeight(0.5);
		assertNotFlagged(m.platformCase, RuleCatalog.E18_VALUE_RANGE);
	}
}
