/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.rules.RuleContext.describe;
import static org.cogov.analysis.rules.RuleContext.name;

import org.cogov.model.CogovPackage.Literals;
import org.cogov.model.DecisionBody;
import org.cogov.model.DecisionItem;
import org.cogov.model.DecisionRight;
import org.cogov.model.Membership;
import org.cogov.model.RightKind;
import org.eclipse.emf.ecore.EObject;

/**
 * The decision structure: COGOV-E02 (a final say for every item), COGOV-E03, E04, E05 (well-formed bodies) and
 * COGOV-W08 (bodies that never meet).
 */
final class DecisionBodyRules implements RuleFamily {

	@Override
	public void check(EObject object, RuleContext context) {
		if (object instanceof DecisionItem item) {
			finalHolder(item, context);
		} else if (object instanceof DecisionBody body) {
			members(body, context);
			votingMember(body, context);
			chairMember(body, context);
			paperBody(body, context);
		}
	}

	/** COGOV-E02: without a FINAL or VETO holder nobody decides the item, and its weight is lost for the shares. */
	private static void finalHolder(DecisionItem item, RuleContext context) {
		for (DecisionRight right : item.getRights()) {
			if (right.getHolder() != null && (right.getKind() == RightKind.FINAL || right.getKind() == RightKind.VETO)) {
				return;
			}
		}
		context.report(RuleCatalog.E02_FINAL_HOLDER, item, Literals.DECISION_ITEM__RIGHTS, new Object[] { describe(item) });
	}

	/** COGOV-E03: a body of one is an actor deciding alone. */
	private static void members(DecisionBody body, RuleContext context) {
		int count = body.getMembers().size();
		if (count < 2) {
			context.report(RuleCatalog.E03_BODY_MEMBERS, body, Literals.DECISION_BODY__MEMBERS,
					new Object[] { describe(body), count });
		}
	}

	/** COGOV-E04: a body whose members all lack a vote cannot decide; empty bodies are left to COGOV-E03. */
	private static void votingMember(DecisionBody body, RuleContext context) {
		if (body.getMembers().isEmpty() || body.getMembers().stream().anyMatch(Membership::isVoting)) {
			return;
		}
		context.report(RuleCatalog.E04_VOTING_MEMBER, body, Literals.DECISION_BODY__MEMBERS, new Object[] { describe(body) });
	}

	/** COGOV-E05: the chair must sit on the body; shares and inclusiveness rely on it. */
	private static void chairMember(DecisionBody body, RuleContext context) {
		if (body.getChair() == null || body.getMembers().stream().anyMatch(m -> m.getActor() == body.getChair())) {
			return;
		}
		context.report(RuleCatalog.E05_CHAIR_MEMBER, body, Literals.DECISION_BODY__CHAIR,
				new Object[] { describe(body), name(body.getChair()) }, body.getChair());
	}

	/** COGOV-W08: a body that never meets exists on paper only, yet counts in shares and features. */
	private static void paperBody(DecisionBody body, RuleContext context) {
		if (body.getMeetingsPerYear() == 0) {
			context.report(RuleCatalog.W08_PAPER_BODY, body, Literals.DECISION_BODY__MEETINGS_PER_YEAR,
					new Object[] { describe(body) });
		}
	}
}
