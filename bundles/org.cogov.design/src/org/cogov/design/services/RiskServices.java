/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.services;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.analysis.rules.RuleCatalog;
import org.cogov.analysis.shares.ActorSide;
import org.cogov.analysis.shares.ItemAuthority;
import org.cogov.model.Actor;
import org.cogov.model.DecisionBody;
import org.cogov.model.DecisionItem;
import org.cogov.model.DecisionRight;
import org.cogov.model.DecisionRule;
import org.cogov.model.Membership;
import org.cogov.model.PlatformCase;
import org.cogov.model.RightKind;
import org.cogov.model.RoleAssignment;
import org.cogov.model.RoleKind;
import org.cogov.model.StructurePhase;
import org.eclipse.emf.ecore.EObject;

/**
 * Sirius services that mark governance risks on diagrams. They follow the validator's risk rules and its
 * settings: COGOV-R01 (an enterprise ends up with at least the risk threshold of the final authority over a
 * data item, directly or through a body it chairs or votes in) and COGOV-R03 (one enterprise builds, operates and
 * evaluates). A rule switched off in the study's settings marks nothing.
 */
public class RiskServices {

	private static final Set<RoleKind> SELF_EVALUATION = EnumSet.of(RoleKind.BUILDER, RoleKind.OPERATOR, RoleKind.EVALUATOR);

	/**
	 * Whether the element carries a data-authority risk (COGOV-R01): a decision item where an enterprise holds too
	 * much of the final say, a FINAL or VETO right through which that enterprise gets it, or a body that holds
	 * such a right.
	 */
	public boolean isGovernanceRisk(EObject element) {
		if (element instanceof DecisionItem item) {
			return !riskyEnterprises(item).isEmpty();
		}
		if (element instanceof DecisionRight right) {
			return carriesRisk(right);
		}
		if (element instanceof DecisionBody body && body.eContainer() instanceof StructurePhase phase) {
			return phase.getDecisions().stream().flatMap(item -> item.getRights().stream())
					.anyMatch(right -> right.getHolder() == body && carriesRisk(right));
		}
		return false;
	}

	/**
	 * Whether an enterprise holds too much of the final say over some data item of a phase (COGOV-R01).
	 *
	 * @param actor   the actor
	 * @param context the phase, or any element inside it
	 */
	public boolean holdsRiskyAuthority(EObject actor, EObject context) {
		StructurePhase phase = ModelContext.phaseOf(context);
		if (!(actor instanceof Actor) || phase == null) {
			return false;
		}
		return phase.getDecisions().stream().anyMatch(item -> riskyEnterprises(item).contains(actor));
	}

	/** Whether the role belongs to an enterprise that is builder, operator and evaluator in its phase (COGOV-R03). */
	public boolean isSelfEvaluationRisk(EObject role) {
		if (!(role instanceof RoleAssignment assignment) || !SELF_EVALUATION.contains(assignment.getRole())
				|| !ActorSide.isEnterprise(assignment.getActor()) || !(assignment.eContainer() instanceof StructurePhase phase)
				|| !ModelContext.rules(phase).isEnabled(RuleCatalog.R03_SELF_EVALUATION)) {
			return false;
		}
		Set<RoleKind> held = EnumSet.noneOf(RoleKind.class);
		for (RoleAssignment other : phase.getRoles()) {
			if (other.getActor() == assignment.getActor() && other.getRole() != null) {
				held.add(other.getRole());
			}
		}
		return held.containsAll(SELF_EVALUATION);
	}

	/** A tooltip that names the enterprises behind a data-authority risk, or an empty text. */
	public String riskTooltip(EObject element) {
		DecisionItem item = null;
		if (element instanceof DecisionItem decisionItem) {
			item = decisionItem;
		} else if (element instanceof DecisionRight right && right.eContainer() instanceof DecisionItem owner) {
			item = owner;
		}
		Set<Actor> risky = item == null ? Set.of() : riskyEnterprises(item);
		if (risky.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder names = new StringBuilder();
		for (Actor enterprise : risky) {
			names.append(names.length() == 0 ? "" : ", ").append(Texts.name(enterprise)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String verb = risky.size() == 1 ? " holds" : " hold"; //$NON-NLS-1$ //$NON-NLS-2$
		return "COGOV-R01: " + names + verb + " the final say over data item " + Texts.name(item); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Enterprises whose part of the item's final authority reaches the risk threshold; empty for other items. */
	static Set<Actor> riskyEnterprises(DecisionItem item) {
		Set<Actor> risky = new LinkedHashSet<>();
		if (!(item.eContainer() instanceof StructurePhase phase) || !(phase.eContainer() instanceof PlatformCase)
				|| !ModelContext.rules(item).isEnabled(RuleCatalog.R01_ENTERPRISE_DATA_AUTHORITY)) {
			return risky;
		}
		ClassificationParameters parameters = ModelContext.parameters(item);
		if (!parameters.isDataItem(item)) {
			return risky;
		}
		ItemAuthority authority = AuthorityServices.shares(phase).item(item);
		for (Map.Entry<Actor, Double> unit : authority.actorUnits().entrySet()) {
			// the same tolerance as the rule, so that marker and finding agree at the threshold
			if (ActorSide.isEnterprise(unit.getKey()) && unit.getValue() >= parameters.getRiskEnterpriseDataAuthority() - 1e-9) {
				risky.add(unit.getKey());
			}
		}
		return risky;
	}

	/** Whether a FINAL or VETO right passes the final say over a risky data item to one of its risky enterprises. */
	private static boolean carriesRisk(DecisionRight right) {
		if (!(right.eContainer() instanceof DecisionItem item) || right.getHolder() == null
				|| (right.getKind() != RightKind.FINAL && right.getKind() != RightKind.VETO)) {
			return false;
		}
		Set<Actor> risky = riskyEnterprises(item);
		if (risky.isEmpty()) {
			return false;
		}
		if (right.getHolder() instanceof Actor actor) {
			return risky.contains(actor);
		}
		if (!(right.getHolder() instanceof DecisionBody body)) {
			return false;
		}
		if (body.getRule() == DecisionRule.HIERARCHICAL) {
			return risky.contains(body.getChair());
		}
		for (Membership member : body.getMembers()) {
			if (member.isVoting() && risky.contains(member.getActor())) {
				return true;
			}
		}
		return false;
	}
}
