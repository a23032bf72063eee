/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.tests.CaseBuilder.body;
import static org.cogov.analysis.tests.CaseBuilder.item;
import static org.cogov.analysis.tests.CaseBuilder.member;
import static org.cogov.analysis.tests.CaseBuilder.right;
import static org.cogov.analysis.tests.RuleFindings.assertFlaggedOnly;
import static org.cogov.analysis.tests.RuleFindings.assertNotFlagged;

import org.cogov.analysis.tests.TinyCase;
import org.cogov.model.BodyKind;
import org.cogov.model.DecisionBody;
import org.cogov.model.DecisionDomain;
import org.cogov.model.DecisionItem;
import org.cogov.model.DecisionRule;
import org.cogov.model.RightKind;
import org.junit.Test;

/** COGOV-E02, E03, E04, E05 and W08. */
public class DecisionBodyRulesTest {

	@Test
	public void e02DecisionItemWithoutFinalOrVetoHolder() {
		TinyCase m = new TinyCase();
		DecisionItem budget = item(m.phase, "Budget", DecisionDomain.BUDGET, RightKind.PROPOSE, m.da);
		assertFlaggedOnly(m.platformCase, RuleCatalog.E02_FINAL_HOLDER, budget);

		right(budget, m.go, RightKind.VETO);
		assertNotFlagged(m.platformCase, RuleCatalog.E02_FINAL_HOLDER);
	}

	@Test
	public void e03BodyWithOneMember() {
		TinyCase m = new TinyCase();
		DecisionBody group = body(m.phase, "Group", BodyKind.LEADING_GROUP, DecisionRule.HIERARCHICAL, m.go, 4, m.go);
		assertFlaggedOnly(m.platformCase, RuleCatalog.E03_BODY_MEMBERS, group);

		member(group, m.da, true, 1);
		assertNotFlagged(m.platformCase, RuleCatalog.E03_BODY_MEMBERS);
	}

	@Test
	public void e04BodyWithoutVotingMember() {
		TinyCase m = new TinyCase();
		DecisionBody meeting = body(m.phase, "Meeting", BodyKind.JOINT_MEETING, DecisionRule.CONSENSUS, null, 12);
		member(meeting, m.da, false, 1);
		member(meeting, m.ps, false, 1);
		assertFlaggedOnly(m.platformCase, RuleCatalog.E04_VOTING_MEMBER, meeting);

		meeting.getMembers().get(0).setVoting(true);
		assertNotFlagged(m.platformCase, RuleCatalog.E04_VOTING_MEMBER);
	}

	@Test
	public void e05ChairWhoIsNotAMember() {
		TinyCase m = new TinyCase();
		DecisionBody meeting = body(m.phase, "Meeting", BodyKind.JOINT_MEETING, DecisionRule.CONSENSUS, m.go, 12, m.da, m.ps);
		assertFlaggedOnly(m.platformCase, RuleCatalog.E05_CHAIR_MEMBER, meeting);

		meeting.setChair(m.da);
		assertNotFlagged(m.platformCase, RuleCatalog.E05_CHAIR_MEMBER);
	}

	/** A chair whose name did not resolve is the linker's error to report, not a chair outside the body. */
	@Test
	public void e05LeavesAnUnresolvedChairToTheLinker() {
		TinyCase m = new TinyCase();
		DecisionBody meeting = body(m.phase, "Meeting", BodyKind.JOINT_MEETING, DecisionRule.CONSENSUS, m.go, 12, m.da, m.ps);
		org.cogov.model.GovernmentDepartment unresolved = org.cogov.model.CogovFactory.eINSTANCE.createGovernmentDepartment();
		((org.eclipse.emf.ecore.InternalEObject) unresolved).eSetProxyURI(org.eclipse.emf.common.util.URI.createURI("a.cogov#xtextLink_PSB"));
		meeting.setChair(unresolved);
		assertNotFlagged(m.platformCase, RuleCatalog.E05_CHAIR_MEMBER);
	}

	@Test
	public void w08BodyThatNeverMeets() {
		TinyCase m = new TinyCase();
		DecisionBody group = body(m.phase, "Group", BodyKind.LEADING_GROUP, DecisionRule.HIERARCHICAL, m.go, 0, m.go, m.da);
		assertFlaggedOnly(m.platformCase, RuleCatalog.W08_PAPER_BODY, group);

		group.setMeetingsPerYear(2);
		assertNotFlagged(m.platformCase, RuleCatalog.W08_PAPER_BODY);
	}
}
