/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.metrics;

import static org.cogov.analysis.tests.CaseBuilder.body;
import static org.cogov.analysis.tests.CaseBuilder.item;
import static org.cogov.analysis.tests.CaseBuilder.member;
import static org.cogov.analysis.tests.CaseBuilder.right;
import static org.junit.Assert.assertEquals;

import java.util.List;

import org.cogov.analysis.tests.TinyCase;
import org.cogov.model.BodyKind;
import org.cogov.model.DecisionBody;
import org.cogov.model.DecisionDomain;
import org.cogov.model.DecisionItem;
import org.cogov.model.DecisionRule;
import org.cogov.model.RightKind;
import org.junit.Test;

/** The value v of a department for a decision item, path by path. */
public class DecisionInclusivenessTest {

	private static final double EPS = 1e-9;

	@Test
	public void directRights() {
		TinyCase m = new TinyCase();
		DecisionItem budget = item(m.phase, "Budget", DecisionDomain.BUDGET, RightKind.CO_DECIDE, m.go);
		right(budget, m.da, RightKind.PROPOSE);
		right(budget, m.ps, RightKind.CONSULTED);
		right(budget, m.ps, RightKind.EXECUTE);
		assertEquals(1, DecisionInclusiveness.valueOf(m.go, budget), EPS);
		assertEquals(0.5, DecisionInclusiveness.valueOf(m.da, budget), EPS);
		assertEquals("the best path counts", 0.25, DecisionInclusiveness.valueOf(m.ps, budget), EPS);
	}

	@Test
	public void hierarchicalBodyChairAndMembers() {
		TinyCase m = new TinyCase();
		DecisionBody group = body(m.phase, "Group", BodyKind.LEADING_GROUP, DecisionRule.HIERARCHICAL, m.go, 4, m.go, m.da);
		DecisionItem strategy = item(m.phase, "Strategy", DecisionDomain.STRATEGY, RightKind.FINAL, group);
		assertEquals(1, DecisionInclusiveness.valueOf(m.go, strategy), EPS);
		assertEquals(0.25, DecisionInclusiveness.valueOf(m.da, strategy), EPS);
		assertEquals(0, DecisionInclusiveness.valueOf(m.ps, strategy), EPS);
	}

	@Test
	public void bodyRightCapsWhatMembersGet() {
		TinyCase m = new TinyCase();
		DecisionBody joint = body(m.phase, "Joint", BodyKind.JOINT_MEETING, DecisionRule.MAJORITY, m.da, 12, m.da);
		member(joint, m.ps, false, 1);
		DecisionItem proposes = item(m.phase, "Scenarios", DecisionDomain.SCENARIO_PRIORITY, RightKind.PROPOSE, joint);
		DecisionItem consulted = item(m.phase, "Vendor", DecisionDomain.VENDOR, RightKind.CONSULTED, joint);
		assertEquals(0.5, DecisionInclusiveness.valueOf(m.da, proposes), EPS);
		assertEquals(0.25, DecisionInclusiveness.valueOf(m.ps, proposes), EPS);
		assertEquals(0.25, DecisionInclusiveness.valueOf(m.da, consulted), EPS);
	}

	@Test
	public void itemWeightedMeanOverDepartments() {
		TinyCase m = new TinyCase();
		item(m.phase, "Strategy", DecisionDomain.STRATEGY, RightKind.FINAL, m.go); // weight 2, mean 1/3
		item(m.phase, "Vendor", DecisionDomain.VENDOR, RightKind.FINAL, m.go, m.da, m.ps); // weight 1, mean 1
		DecisionInclusiveness dii = DecisionInclusiveness.of(m.phase, List.of(m.da, m.go, m.ps), item -> item.getDomain()
				== DecisionDomain.STRATEGY ? 2 : 1);
		assertEquals((2 * (1.0 / 3) + 1) / 3, dii.value(), EPS);
		assertEquals(1.0 / 3, dii.items().get(0).mean(), EPS);
	}
}
