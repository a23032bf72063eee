/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.services;

import org.cogov.model.Actor;
import org.cogov.model.DecisionBody;
import org.cogov.model.DecisionItem;
import org.cogov.model.DecisionRight;
import org.cogov.model.Membership;
import org.eclipse.emf.ecore.EObject;

/**
 * Sirius label services of the decision structure: actors with their decision shares ("数据中心 / DA · 13%"),
 * bodies with their kind, rule and meetings, members with their vote, items with their domain and weight, and
 * rights with their kind.
 */
public class DecisionLabelServices {

	private final AuthorityServices authority = new AuthorityServices();

	/**
	 * An actor with its share of final decision authority in the phase, "数据中心 / DA · 13%".
	 *
	 * @param actor   the actor
	 * @param context the phase, or any element inside it (the diagram's root)
	 */
	public String actorShareLabel(EObject actor, EObject context) {
		if (!(actor instanceof Actor named)) {
			return ""; //$NON-NLS-1$
		}
		return Texts.twoLines(named, Texts.join(Texts.name(named), authority.decisionShareText(actor, context)));
	}

	/** A body with kind, rule and meetings a year, "平台运营中心 / OC · 运营中心 · 层级决策 · 12/yr". */
	public String bodyLabel(EObject body) {
		if (!(body instanceof DecisionBody decisionBody)) {
			return ""; //$NON-NLS-1$
		}
		return Texts.twoLines(decisionBody, Texts.join(Texts.name(decisionBody), Texts.word(decisionBody.getKind()),
				Texts.word(decisionBody.getRule()), decisionBody.getMeetingsPerYear() + "/yr")); //$NON-NLS-1$
	}

	/** A member with chair, vote and weight, "EF 外地数字农业公司 · chair · voting". */
	public String membershipLabel(EObject membership) {
		if (!(membership instanceof Membership member)) {
			return ""; //$NON-NLS-1$
		}
		Actor actor = member.getActor();
		String who = actor == null ? "?" : Texts.name(actor) + (Texts.label(actor) == null ? "" : " " + Texts.label(actor)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		boolean chair = actor != null && member.eContainer() instanceof DecisionBody body && body.getChair() == actor;
		String vote = member.isVoting() ? "voting" : "non-voting"; //$NON-NLS-1$ //$NON-NLS-2$
		String weight = member.isVoting() && member.getWeight() != 1 ? "weight " + Texts.number(member.getWeight()) : ""; //$NON-NLS-1$ //$NON-NLS-2$
		return Texts.join(who, chair ? "chair" : "", vote, weight); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** An item with its domain and its weight in the shares, "数据共享规则 / SharingRules · 数据共享规则 · weight 2". */
	public String decisionItemLabel(EObject item) {
		if (!(item instanceof DecisionItem decisionItem)) {
			return ""; //$NON-NLS-1$
		}
		double weight = ModelContext.parameters(item).weightOf(decisionItem);
		return Texts.twoLines(decisionItem, Texts.join(Texts.name(decisionItem), Texts.word(decisionItem.getDomain()),
				"weight " + Texts.number(weight))); //$NON-NLS-1$
	}

	/** A right as its kind in both languages, "最终决定权 final". */
	public String rightLabel(EObject right) {
		return right instanceof DecisionRight decisionRight ? Texts.literal(decisionRight.getKind()) : ""; //$NON-NLS-1$
	}
}
