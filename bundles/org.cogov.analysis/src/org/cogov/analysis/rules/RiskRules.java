/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.rules.RuleContext.describe;
import static org.cogov.analysis.rules.RuleContext.name;
import static org.cogov.analysis.rules.RuleContext.percent;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.cogov.analysis.shares.ActorSide;
import org.cogov.analysis.shares.ItemAuthority;
import org.cogov.analysis.shares.Ownership;
import org.cogov.model.Actor;
import org.cogov.model.Asset;
import org.cogov.model.AssetKind;
import org.cogov.model.CogovPackage.Literals;
import org.cogov.model.DecisionItem;
import org.cogov.model.Hosting;
import org.cogov.model.PlatformCase;
import org.cogov.model.RoleAssignment;
import org.cogov.model.RoleKind;
import org.cogov.model.StructurePhase;
import org.eclipse.emf.ecore.EObject;

/**
 * Governance risks of the modelled structure (not modelling errors): COGOV-R01 (an enterprise holds half or more
 * of the final say over data rules), COGOV-R02 (an enterprise owns government data), COGOV-R03 (an enterprise
 * builds, operates and evaluates) and COGOV-R04 (lock-in through platform IP and infrastructure without exit).
 */
final class RiskRules implements RuleFamily {

	private static final Set<RoleKind> SELF_EVALUATION = EnumSet.of(RoleKind.BUILDER, RoleKind.OPERATOR, RoleKind.EVALUATOR);

	@Override
	public void check(EObject object, RuleContext context) {
		if (object instanceof DecisionItem item) {
			dataAuthority(item, context);
		} else if (object instanceof Asset asset) {
			governmentData(asset, context);
			lockIn(asset, context);
		} else if (object instanceof StructurePhase phase) {
			selfEvaluation(phase, context);
		}
	}

	/** COGOV-R01: authority passed through bodies counts, as in the decision shares. */
	private static void dataAuthority(DecisionItem item, RuleContext context) {
		if (!context.enabled(RuleCatalog.R01_ENTERPRISE_DATA_AUTHORITY) || !context.parameters().isDataItem(item)
				|| !(item.eContainer() instanceof StructurePhase phase) || !(phase.eContainer() instanceof PlatformCase)) {
			return;
		}
		ItemAuthority authority = context.shares(phase).item(item);
		for (Map.Entry<Actor, Double> unit : authority.actorUnits().entrySet()) {
			if (ActorSide.isEnterprise(unit.getKey())
					&& unit.getValue() >= context.parameters().getRiskEnterpriseDataAuthority() - 1e-9) {
				context.report(RuleCatalog.R01_ENTERPRISE_DATA_AUTHORITY, item, Literals.DECISION_ITEM__RIGHTS,
						new Object[] { describe(item), name(unit.getKey()), percent(unit.getValue()) }, unit.getKey());
			}
		}
	}

	/** COGOV-R02: any enterprise share of government data. */
	private static void governmentData(Asset asset, RuleContext context) {
		if (asset.getKind() != AssetKind.GOVERNMENT_DATA) {
			return;
		}
		Ownership.of(asset).forEach((owner, share) -> {
			if (ActorSide.isEnterprise(owner)) {
				context.report(RuleCatalog.R02_ENTERPRISE_OWNS_GOVERNMENT_DATA, asset, Literals.ASSET__OWNERS,
						new Object[] { describe(asset), name(owner), percent(share) }, owner);
			}
		});
	}

	/** COGOV-R03: one enterprise marking its own homework. */
	private static void selfEvaluation(StructurePhase phase, RuleContext context) {
		Map<Actor, Set<RoleKind>> roles = new LinkedHashMap<>();
		for (RoleAssignment role : phase.getRoles()) {
			if (ActorSide.isEnterprise(role.getActor())) {
				roles.computeIfAbsent(role.getActor(), a -> EnumSet.noneOf(RoleKind.class)).add(role.getRole());
			}
		}
		roles.forEach((enterprise, held) -> {
			if (held.containsAll(SELF_EVALUATION)) {
				context.report(RuleCatalog.R03_SELF_EVALUATION, phase, Literals.STRUCTURE_PHASE__ROLES,
						new Object[] { describe(phase), name(enterprise) }, enterprise);
			}
		});
	}

	/**
	 * COGOV-R04: an enterprise owns (almost) all of the platform IP and runs an infrastructure asset (controls it,
	 * or hosts it on an enterprise cloud and co-owns it), and neither asset has an exit clause. Reported on the IP.
	 */
	private static void lockIn(Asset ip, RuleContext context) {
		if (ip.getKind() != AssetKind.PLATFORM_IP || ip.isExitClause() || !(ip.eContainer() instanceof StructurePhase phase)) {
			return;
		}
		Ownership.of(ip).forEach((owner, share) -> {
			if (!ActorSide.isEnterprise(owner) || share < context.parameters().getEntIpMinShare() - 1e-9) {
				return;
			}
			for (Asset infrastructure : phase.getAssets()) {
				if (infrastructure.getKind() == AssetKind.INFRASTRUCTURE && !infrastructure.isExitClause()
						&& runs(owner, infrastructure)) {
					context.report(RuleCatalog.R04_LOCK_IN, ip, Literals.ASSET__EXIT_CLAUSE,
							new Object[] { describe(ip), name(owner), percent(share), name(infrastructure) }, owner,
							infrastructure);
					return;
				}
			}
		});
	}

	private static boolean runs(Actor enterprise, Asset infrastructure) {
		return infrastructure.getController() == enterprise || infrastructure.getHosting() == Hosting.ENTERPRISE_CLOUD
				&& Ownership.of(infrastructure).containsKey(enterprise);
	}
}
