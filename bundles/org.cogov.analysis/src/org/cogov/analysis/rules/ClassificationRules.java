/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.rules.RuleContext.describe;

import java.util.stream.Collectors;

import org.cogov.analysis.classification.Borderline;
import org.cogov.analysis.classification.Classification;
import org.cogov.model.CogovPackage.Literals;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructurePhase;
import org.cogov.model.StructureType;
import org.eclipse.emf.ecore.EObject;

/**
 * The computed structure type against the researcher's: COGOV-W13 (declared type differs) and COGOV-W14 (the
 * classification is borderline). Both use the study's classification parameters.
 */
final class ClassificationRules implements RuleFamily {

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof StructurePhase phase) || !(phase.eContainer() instanceof PlatformCase)) {
			return;
		}
		boolean declared = context.enabled(RuleCatalog.W13_DECLARED_TYPE) && phase.getDeclaredType() != StructureType.UNSET;
		boolean borderline = context.enabled(RuleCatalog.W14_BORDERLINE_TYPE);
		if (!declared && !borderline) {
			return; // spare the computation
		}
		Classification classification = context.classification(phase);
		if (declared && classification.type() != phase.getDeclaredType()) {
			context.report(RuleCatalog.W13_DECLARED_TYPE, phase, Literals.STRUCTURE_PHASE__DECLARED_TYPE,
					new Object[] { describe(phase), phase.getDeclaredType().getName(), classification.toString() });
		}
		if (borderline && classification.isBorderline()) {
			String which = classification.explanation().borderlines().stream().map(Borderline::toString)
					.collect(Collectors.joining("; ")); //$NON-NLS-1$
			context.report(RuleCatalog.W14_BORDERLINE_TYPE, phase, null,
					new Object[] { describe(phase), classification.toString(), which });
		}
	}
}
