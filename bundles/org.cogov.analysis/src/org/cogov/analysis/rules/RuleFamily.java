/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import org.eclipse.emf.ecore.EObject;

/** The rules of one concern; the validator offers each element to every family, which picks what it checks. */
interface RuleFamily {

	/** Checks one element with the rules of this family that apply to its class. */
	void check(EObject object, RuleContext context);
}
