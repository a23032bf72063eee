/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.rules.RuleContext.describe;
import static org.cogov.analysis.rules.RuleContext.number;

import org.cogov.model.Asset;
import org.cogov.model.AssetShare;
import org.cogov.model.BenefitPool;
import org.cogov.model.BenefitShare;
import org.cogov.model.CogovPackage.Literals;
import org.cogov.model.DecisionItem;
import org.cogov.model.Factor;
import org.cogov.model.Membership;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Numbers that must add up or stay in range: COGOV-E06 (benefit shares sum to 1), COGOV-E07 (ownership shares
 * sum to 1), COGOV-E18 (shares and scores in [0,1], weights above 0). Pools and assets without any share are left
 * alone: an unknown split is not a wrong one.
 */
final class ShareRules implements RuleFamily {

	/** Tolerance of the sums, as in the domain design. */
	private static final double SUM_TOLERANCE = 0.01;

	@Override
	public void check(EObject object, RuleContext context) {
		if (object instanceof BenefitPool pool) {
			double sum = pool.getShares().stream().mapToDouble(BenefitShare::getShare).sum();
			if (!pool.getShares().isEmpty() && !sumsToOne(sum)) {
				context.report(RuleCatalog.E06_BENEFIT_SHARES_SUM, pool, Literals.BENEFIT_POOL__SHARES,
						new Object[] { describe(pool), number(sum) });
			}
		} else if (object instanceof Asset asset) {
			double sum = asset.getOwners().stream().mapToDouble(AssetShare::getShare).sum();
			if (!asset.getOwners().isEmpty() && !sumsToOne(sum)) {
				context.report(RuleCatalog.E07_OWNERSHIP_SHARES_SUM, asset, Literals.ASSET__OWNERS,
						new Object[] { describe(asset), number(sum) });
			}
		} else if (object instanceof BenefitShare share) {
			fraction(share, Literals.BENEFIT_SHARE__SHARE, share.getShare(), context);
		} else if (object instanceof AssetShare share) {
			fraction(share, Literals.ASSET_SHARE__SHARE, share.getShare(), context);
		} else if (object instanceof Factor factor && factor.isSetScore()) {
			fraction(factor, Literals.FACTOR__SCORE, factor.getScore(), context);
		} else if (object instanceof DecisionItem item && item.isSetWeight()) {
			positive(item, Literals.DECISION_ITEM__WEIGHT, item.getWeight(), context);
		} else if (object instanceof Membership membership) {
			positive(membership, Literals.MEMBERSHIP__WEIGHT, membership.getWeight(), context);
		}
	}

	private static boolean sumsToOne(double sum) {
		return Math.abs(sum - 1) <= SUM_TOLERANCE + 1e-9;
	}

	/** COGOV-E18 for shares and scores. */
	private static void fraction(EObject element, EStructuralFeature feature, double value, RuleContext context) {
		if (!(value >= 0 && value <= 1)) { // also catches NaN
			context.reportVariant(RuleCatalog.E18_VALUE_RANGE, "share", element, feature, //$NON-NLS-1$
					new Object[] { describe(element), feature.getName(), String.valueOf(value) });
		}
	}

	/** COGOV-E18 for weights. */
	private static void positive(EObject element, EStructuralFeature feature, double value, RuleContext context) {
		if (!(value > 0) || Double.isInfinite(value)) {
			context.reportVariant(RuleCatalog.E18_VALUE_RANGE, "weight", element, feature, //$NON-NLS-1$
					new Object[] { describe(element), feature.getName(), String.valueOf(value) });
		}
	}
}
