/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.shares;

import static org.cogov.analysis.tests.CaseBuilder.body;
import static org.cogov.analysis.tests.CaseBuilder.item;
import static org.cogov.analysis.tests.CaseBuilder.member;
import static org.cogov.analysis.tests.CaseBuilder.otherActor;
import static org.cogov.analysis.tests.CaseBuilder.right;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.analysis.tests.TinyCase;
import org.cogov.model.BodyKind;
import org.cogov.model.DecisionBody;
import org.cogov.model.DecisionDomain;
import org.cogov.model.DecisionItem;
import org.cogov.model.DecisionRule;
import org.cogov.model.OtherActor;
import org.cogov.model.OtherActorKind;
import org.cogov.model.RightKind;
import org.junit.Test;

/** Decision shares (domain design, section 3) on small hand-computed examples. */
public class DecisionSharesTest {

	private static final double EPS = 1e-9;
	private static final ClassificationParameters DEFAULTS = ClassificationParameters.defaults();

	@Test
	public void finalAndVetoHoldersSplitTheUnitEqually() {
		TinyCase m = new TinyCase();
		DecisionItem budget = item(m.phase, "Budget", DecisionDomain.BUDGET, RightKind.FINAL, m.go);
		right(budget, m.csoe, RightKind.VETO);
		right(budget, m.da, RightKind.PROPOSE); // proposing is no final authority
		right(budget, m.go, RightKind.VETO); // the same holder twice counts once
		DecisionShares shares = DecisionShares.of(m.phase, DEFAULTS::weightOf);
		assertEquals(0.5, shares.share(m.go), EPS);
		assertEquals(0.5, shares.share(m.csoe), EPS);
		assertEquals(0, shares.share(m.da), EPS);
		assertEquals(0.5, shares.governmental(), EPS);
		assertEquals(0.5, shares.enterprise(), EPS);
		assertSame("a tie goes to the actor listed first in the case", m.go, shares.lead());
	}

	@Test
	public void itemsAreWeightedStrategyAndDataItemsDouble() {
		TinyCase m = new TinyCase();
		item(m.phase, "Strategy", DecisionDomain.STRATEGY, RightKind.FINAL, m.go); // weight 2
		item(m.phase, "DataRules", DecisionDomain.DATA_SHARING_RULES, RightKind.FINAL, m.da); // weight 2
		item(m.phase, "Vendor", DecisionDomain.VENDOR, RightKind.FINAL, m.da); // weight 1
		item(m.phase, "Evaluation", DecisionDomain.EVALUATION, RightKind.FINAL, m.ps).setWeight(5); // own weight
		DecisionShares shares = DecisionShares.of(m.phase, DEFAULTS::weightOf);
		// total 2 + 2 + 1 + 5 = 10: GO 2/10, DA 3/10, PS 5/10
		assertEquals(10, shares.totalWeight(), EPS);
		assertEquals(0.2, shares.share(m.go), EPS);
		assertEquals(0.3, shares.share(m.da), EPS);
		assertEquals(0.5, shares.share(m.ps), EPS);
		assertSame(m.ps, shares.lead());
		assertEquals(0.5, shares.smax(), EPS);
	}

	@Test
	public void hierarchicalBodyPassesItsUnitToTheChair() {
		TinyCase m = new TinyCase();
		DecisionBody group = body(m.phase, "Group", BodyKind.LEADING_GROUP, DecisionRule.HIERARCHICAL, m.go, 4, m.go, m.da, m.csoe);
		item(m.phase, "Budget", DecisionDomain.BUDGET, RightKind.FINAL, group);
		DecisionShares shares = DecisionShares.of(m.phase, DEFAULTS::weightOf);
		assertEquals(1, shares.share(m.go), EPS);
		assertEquals(1, shares.bodyShares().get(group), EPS);
		assertEquals(0, shares.enterprise(), EPS);
	}

	@Test
	public void majorityBodySplitsAmongVotingMembersByWeight() {
		TinyCase m = new TinyCase();
		DecisionBody board = body(m.phase, "Board", BodyKind.JV_BOARD, DecisionRule.MAJORITY, m.da, 12);
		member(board, m.da, true, 0.51);
		member(board, m.csoe, true, 0.49);
		member(board, m.ps, false, 1); // observers do not vote
		DecisionItem arch = item(m.phase, "Architecture", DecisionDomain.ARCHITECTURE, RightKind.FINAL, board);
		right(arch, m.go, RightKind.VETO);
		DecisionShares shares = DecisionShares.of(m.phase, DEFAULTS::weightOf);
		// GO holds half by its veto; the board's half goes 51/49
		assertEquals(0.5, shares.share(m.go), EPS);
		assertEquals(0.255, shares.share(m.da), EPS);
		assertEquals(0.245, shares.share(m.csoe), EPS);
		assertEquals(0, shares.share(m.ps), EPS);
		assertEquals(0.245, shares.item(arch).unitOf(m.csoe), EPS);
	}

	@Test
	public void authorityThatReachesNobodyIsReportedNotRedistributed() {
		TinyCase m = new TinyCase();
		DecisionBody chairless = body(m.phase, "Group", BodyKind.LEADING_GROUP, DecisionRule.HIERARCHICAL, null, 4, m.go, m.da);
		item(m.phase, "Budget", DecisionDomain.BUDGET, RightKind.FINAL, chairless);
		item(m.phase, "Vendor", DecisionDomain.VENDOR, RightKind.PROPOSE, m.da);
		item(m.phase, "Disputes", DecisionDomain.DISPUTES, RightKind.FINAL, m.ps);
		DecisionShares shares = DecisionShares.of(m.phase, DEFAULTS::weightOf);
		assertEquals(1.0 / 3, shares.share(m.ps), EPS);
		assertEquals(2.0 / 3, shares.unallocatedShare(), EPS);
		assertEquals(2, shares.notes().size());
		assertTrue(shares.notes().get(0), shares.notes().get(0).contains("has no chair"));
		assertTrue(shares.notes().get(1), shares.notes().get(1).contains("no FINAL or VETO holder"));
	}

	@Test
	public void noDecisionsNoLead() {
		TinyCase m = new TinyCase();
		DecisionShares shares = DecisionShares.of(m.phase, DEFAULTS::weightOf);
		assertNull(shares.lead());
		assertEquals(0, shares.smax(), EPS);
	}

	@Test
	public void publicInstitutionsCountAsGovernmentalUniversitiesAsNeither() {
		TinyCase m = new TinyCase();
		OtherActor institute = otherActor(m.platformCase, "Info", "信息中心", OtherActorKind.PUBLIC_INSTITUTION);
		OtherActor uni = otherActor(m.platformCase, "Uni", "大学", OtherActorKind.UNIVERSITY_THINK_TANK);
		item(m.phase, "Evaluation", DecisionDomain.EVALUATION, RightKind.FINAL, institute, uni);
		DecisionShares shares = DecisionShares.of(m.phase, DEFAULTS::weightOf);
		assertEquals(0.5, shares.governmental(), EPS);
		assertEquals(0, shares.enterprise(), EPS);
		assertEquals(ActorSide.OTHER, ActorSide.of(uni));
		assertEquals(ActorSide.GOVERNMENTAL, ActorSide.of(institute));
	}
}
