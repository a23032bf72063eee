/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.rules.RuleContext.describe;

import java.util.EnumSet;
import java.util.Set;

import org.cogov.model.CogovPackage.Literals;
import org.cogov.model.Difficulty;
import org.cogov.model.Factor;
import org.cogov.model.FactorDimension;
import org.cogov.model.PlatformCase;
import org.eclipse.emf.ecore.EObject;

/**
 * The thesis' path model, factors to structure to mechanisms to collaboration: COGOV-W04 (all three TOE
 * dimensions are covered) and COGOV-W05 (each difficulty is either resolved by a mechanism or marked unresolved).
 */
final class PathModelRules implements RuleFamily {

	@Override
	public void check(EObject object, RuleContext context) {
		if (object instanceof PlatformCase platformCase) {
			dimensions(platformCase, context);
		} else if (object instanceof Difficulty difficulty) {
			resolution(difficulty, context);
		}
	}

	/** COGOV-W04: one finding per missing dimension. */
	private static void dimensions(PlatformCase platformCase, RuleContext context) {
		Set<FactorDimension> missing = EnumSet.allOf(FactorDimension.class);
		for (Factor factor : platformCase.getFactors()) {
			missing.remove(factor.getDimension());
		}
		for (FactorDimension dimension : missing) {
			context.report(RuleCatalog.W04_FACTOR_DIMENSIONS, platformCase, Literals.PLATFORM_CASE__FACTORS,
					new Object[] { describe(platformCase), dimension.getName() });
		}
	}

	/** COGOV-W05. */
	private static void resolution(Difficulty difficulty, RuleContext context) {
		if (difficulty.getResolvedBy().isEmpty() && !difficulty.isUnresolved()) {
			context.report(RuleCatalog.W05_DIFFICULTY_RESOLUTION, difficulty, Literals.DIFFICULTY__RESOLVED_BY,
					new Object[] { describe(difficulty) });
		}
	}
}
