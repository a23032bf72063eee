/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.rules.RuleContext.describe;

import java.util.EnumSet;
import java.util.Set;

import org.cogov.model.CausalClaim;
import org.cogov.model.CogovPackage.Literals;
import org.cogov.model.Difficulty;
import org.cogov.model.EvidenceRef;
import org.cogov.model.Evidenced;
import org.cogov.model.FactorEffect;
import org.cogov.model.Interviewee;
import org.cogov.model.Mechanism;
import org.cogov.model.ProcessTracingTest;
import org.cogov.model.Side;
import org.cogov.model.Stance;
import org.eclipse.emf.ecore.EObject;

/**
 * Claims must rest on evidence: COGOV-E10 to E13 (mechanisms, factor effects, difficulties and causal claims need
 * evidence), COGOV-W06 (a mechanism seen from one side only) and COGOV-W07 (a causal claim on weak tests only).
 */
final class EvidenceRules implements RuleFamily {

	@Override
	public void check(EObject object, RuleContext context) {
		if (object instanceof Mechanism mechanism) {
			required(RuleCatalog.E10_MECHANISM_EVIDENCE, mechanism, context);
			oneSided(mechanism, context);
		} else if (object instanceof FactorEffect effect) {
			required(RuleCatalog.E11_FACTOR_EFFECT_EVIDENCE, effect, context);
		} else if (object instanceof Difficulty difficulty) {
			required(RuleCatalog.E12_DIFFICULTY_EVIDENCE, difficulty, context);
		} else if (object instanceof CausalClaim claim) {
			required(RuleCatalog.E13_CAUSAL_CLAIM_EVIDENCE, claim, context);
			strawInTheWind(claim, context);
		}
	}

	/** COGOV-E10 to E13. */
	private static void required(Rule rule, Evidenced element, RuleContext context) {
		if (element.getEvidence().isEmpty()) {
			context.report(rule, element, Literals.EVIDENCED__EVIDENCE, new Object[] { describe(element) });
		}
	}

	/**
	 * COGOV-W06: interview evidence from only one side of the cooperation. Documents and observations count for
	 * neither side; a mechanism without interview evidence is not flagged here.
	 */
	private static void oneSided(Mechanism mechanism, RuleContext context) {
		Set<Side> sides = EnumSet.noneOf(Side.class);
		for (EvidenceRef ref : mechanism.getEvidence()) {
			if (ref.getSource() instanceof Interviewee interviewee
					&& (interviewee.getSide() == Side.GOVERNMENT || interviewee.getSide() == Side.ENTERPRISE)) {
				sides.add(interviewee.getSide());
			}
		}
		if (sides.size() == 1) {
			Side side = sides.iterator().next();
			context.report(RuleCatalog.W06_ONE_SIDED_EVIDENCE, mechanism, Literals.EVIDENCED__EVIDENCE,
					new Object[] { describe(mechanism), context.word("side." + side.getName()) }); //$NON-NLS-1$
		}
	}

	/** COGOV-W07: straw-in-the-wind tests neither confirm nor exclude; a claim needs at least one stronger test. */
	private static void strawInTheWind(CausalClaim claim, RuleContext context) {
		boolean anySupport = false;
		for (EvidenceRef ref : claim.getEvidence()) {
			if (ref.getStance() == Stance.SUPPORTS) {
				if (ref.getTest() != ProcessTracingTest.STRAW_IN_THE_WIND) {
					return;
				}
				anySupport = true;
			}
		}
		if (anySupport) {
			context.report(RuleCatalog.W07_STRAW_IN_THE_WIND, claim, Literals.EVIDENCED__EVIDENCE,
					new Object[] { describe(claim) });
		}
	}
}
