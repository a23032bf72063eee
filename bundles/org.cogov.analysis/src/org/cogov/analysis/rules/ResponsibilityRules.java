/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.rules.RuleContext.describe;
import static org.cogov.analysis.rules.RuleContext.name;
import static org.cogov.analysis.rules.RuleContext.names;

import org.cogov.model.Actor;
import org.cogov.model.BenefitPool;
import org.cogov.model.BenefitShare;
import org.cogov.model.CogovPackage.Literals;
import org.cogov.model.Responsibility;
import org.cogov.model.StructurePhase;
import org.eclipse.emf.ecore.EObject;

/** Who answers for what: COGOV-E01 (exactly one accountable actor) and COGOV-W12 (benefit without responsibility). */
final class ResponsibilityRules implements RuleFamily {

	@Override
	public void check(EObject object, RuleContext context) {
		if (object instanceof Responsibility responsibility) {
			accountableActor(responsibility, context);
		} else if (object instanceof BenefitShare share) {
			benefitWithoutResponsibility(share, context);
		}
	}

	/** COGOV-E01: a responsibility needs exactly one accountable actor, else nobody (or everybody) answers for it. */
	private static void accountableActor(Responsibility responsibility, RuleContext context) {
		int count = responsibility.getAccountable().size();
		if (count == 0) {
			context.reportVariant(RuleCatalog.E01_ACCOUNTABLE_ACTOR, "none", responsibility, //$NON-NLS-1$
					Literals.RESPONSIBILITY__ACCOUNTABLE, new Object[] { describe(responsibility) });
		} else if (count > 1) {
			context.reportVariant(RuleCatalog.E01_ACCOUNTABLE_ACTOR, "several", responsibility, //$NON-NLS-1$
					Literals.RESPONSIBILITY__ACCOUNTABLE,
					new Object[] { describe(responsibility), count, names(responsibility.getAccountable()) },
					responsibility.getAccountable().toArray(new EObject[0]));
		}
	}

	/**
	 * COGOV-W12: an actor that benefits in a phase but answers for nothing in it. Reported once per actor and
	 * phase, on its first benefit share.
	 */
	private static void benefitWithoutResponsibility(BenefitShare share, RuleContext context) {
		Actor actor = share.getActor();
		if (actor == null || !(share.getShare() > 0) || !(share.eContainer() instanceof BenefitPool pool)
				|| !(pool.eContainer() instanceof StructurePhase phase) || firstShareOf(actor, phase) != share) {
			return;
		}
		for (Responsibility responsibility : phase.getResponsibilities()) {
			if (responsibility.getAccountable().contains(actor) || responsibility.getResponsible().contains(actor)) {
				return;
			}
		}
		context.report(RuleCatalog.W12_BENEFIT_WITHOUT_RESPONSIBILITY, share, Literals.BENEFIT_SHARE__ACTOR,
				new Object[] { name(pool), name(actor), describe(phase) }, actor);
	}

	private static BenefitShare firstShareOf(Actor actor, StructurePhase phase) {
		for (BenefitPool pool : phase.getBenefitPools()) {
			for (BenefitShare share : pool.getShares()) {
				if (share.getActor() == actor && share.getShare() > 0) {
					return share;
				}
			}
		}
		return null;
	}
}
