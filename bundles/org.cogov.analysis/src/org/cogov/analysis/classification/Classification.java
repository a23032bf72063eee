/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.classification;

import java.util.Collections;
import java.util.List;

import org.cogov.model.StructureType;

/**
 * The computed structure type of a phase with its explanation. A HYBRID phase also names the nearest type (most
 * conditions met, then smallest normalised shortfall) and the conditions of that type it fails.
 */
public final class Classification {

	private final StructureType type;
	private final StructureType nearestType;
	private final Explanation explanation;

	Classification(StructureType type, StructureType nearestType, Explanation explanation) {
		this.type = type;
		this.nearestType = nearestType;
		this.explanation = explanation;
	}

	/** The type: CO_CREATION, NETWORK, ENTERPRISE_LED, GOVERNMENT_LED or HYBRID. */
	public StructureType type() {
		return type;
	}

	/** For HYBRID the nearest type, else the type itself. */
	public StructureType nearestType() {
		return nearestType;
	}

	/** Why. */
	public Explanation explanation() {
		return explanation;
	}

	/** For HYBRID the failed conditions of the nearest type, else none. */
	public List<Condition> failedConditions() {
		if (type != StructureType.HYBRID) {
			return Collections.emptyList();
		}
		return explanation.check(nearestType).failed();
	}

	/** Whether a deciding feature lies close to its threshold. */
	public boolean isBorderline() {
		return !explanation.borderlines().isEmpty();
	}

	@Override
	public String toString() {
		return type == StructureType.HYBRID ? type.getName() + " (nearest " + nearestType.getName() + ")" : type.getName(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
