/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.classification;

import org.cogov.model.StructureType;

/**
 * A deciding numeric feature that lies close to its threshold, so that a small change in the model would change
 * the type: a met condition of the matched type, or a failed condition of a type checked earlier.
 *
 * @param type      the type whose condition it is
 * @param condition the condition
 * @param margin    the borderline margin in force
 */
public record Borderline(StructureType type, Condition condition, double margin) {

	@Override
	public String toString() {
		return condition.label() + " = " + Condition.number(condition.value()) + " lies within " //$NON-NLS-1$ //$NON-NLS-2$
				+ Condition.number(margin) + " of its threshold " + Condition.number(condition.threshold()) + " for " //$NON-NLS-1$ //$NON-NLS-2$
				+ type.getName() + " (" + (condition.met() ? "met" : "failed") + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
