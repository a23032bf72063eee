/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.rules.RuleContext.describe;
import static org.cogov.analysis.rules.RuleContext.name;

import org.cogov.analysis.Period;
import org.cogov.model.CausalClaim;
import org.cogov.model.CogovPackage.Literals;
import org.cogov.model.Event;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructurePhase;
import org.eclipse.emf.ecore.EObject;

/** Time must run forward: COGOV-E14 (a cause after its effect) and COGOV-E15 (overlapping phases). */
final class TimelineRules implements RuleFamily {

	@Override
	public void check(EObject object, RuleContext context) {
		if (object instanceof CausalClaim claim) {
			causeAfterEffect(claim, context);
		} else if (object instanceof StructurePhase phase) {
			overlap(phase, context);
		}
	}

	/** COGOV-E14: process tracing orders events in time; a cause cannot follow its effect. */
	private static void causeAfterEffect(CausalClaim claim, RuleContext context) {
		Event cause = claim.getCause();
		Event effect = claim.getEffect();
		if (cause == null || effect == null || cause.getDate() == null || effect.getDate() == null
				|| !cause.getDate().after(effect.getDate())) {
			return;
		}
		context.report(RuleCatalog.E14_CAUSE_AFTER_EFFECT, claim, Literals.CAUSAL_CLAIM__CAUSE,
				new Object[] { describe(claim), name(cause), Period.format(cause.getDate()), name(effect),
						Period.format(effect.getDate()) },
				cause, effect);
	}

	/**
	 * COGOV-E15: a case has one structure at a time, so phases must not share a day. Each overlapping pair is
	 * reported once, on the phase listed later.
	 */
	private static void overlap(StructurePhase phase, RuleContext context) {
		if (!(phase.eContainer() instanceof PlatformCase platformCase)) {
			return;
		}
		Period period = Period.of(phase);
		for (StructurePhase earlier : platformCase.getPhases()) {
			if (earlier == phase) {
				return;
			}
			if (period.overlaps(Period.of(earlier))) {
				context.report(RuleCatalog.E15_PHASE_OVERLAP, phase, Literals.STRUCTURE_PHASE__VALID_FROM,
						new Object[] { describe(phase), period.toString(), name(earlier), Period.of(earlier).toString() },
						earlier);
			}
		}
	}
}
