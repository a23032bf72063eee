/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.classification;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.cogov.model.StructureType;

/**
 * The evaluated conditions of one structure type. A type may have alternatives (enterprise-led: E alone, or an
 * enterprise lead with IP or market benefits); it matches when all conditions of one alternative are met.
 */
public final class TypeCheck {

	private final StructureType type;
	private final List<List<Condition>> alternatives;

	TypeCheck(StructureType type, List<List<Condition>> alternatives) {
		this.type = type;
		this.alternatives = alternatives.stream().map(List::copyOf).collect(Collectors.toUnmodifiableList());
	}

	/** The structure type checked. */
	public StructureType type() {
		return type;
	}

	/** The alternatives, each a list of conditions that must all hold. */
	public List<List<Condition>> alternatives() {
		return alternatives;
	}

	/** All conditions of all alternatives. */
	public List<Condition> conditions() {
		return alternatives.stream().flatMap(List::stream).collect(Collectors.toUnmodifiableList());
	}

	/** Whether one alternative holds completely. */
	public boolean matches() {
		return alternatives.stream().anyMatch(alternative -> alternative.stream().allMatch(Condition::met));
	}

	/** The alternative closest to holding: most conditions met, then smallest total shortfall. */
	public List<Condition> closestAlternative() {
		List<Condition> best = alternatives.get(0);
		for (List<Condition> alternative : alternatives) {
			if (metCount(alternative) > metCount(best)
					|| metCount(alternative) == metCount(best) && shortfall(alternative) < shortfall(best)) {
				best = alternative;
			}
		}
		return best;
	}

	/** Conditions met in the closest alternative. */
	public int metCount() {
		return metCount(closestAlternative());
	}

	/** Total normalised shortfall of the closest alternative. */
	public double shortfall() {
		return shortfall(closestAlternative());
	}

	/** The failed conditions of the closest alternative (empty when the type matches). */
	public List<Condition> failed() {
		if (matches()) {
			return Collections.emptyList();
		}
		return closestAlternative().stream().filter(c -> !c.met()).collect(Collectors.toUnmodifiableList());
	}

	private static int metCount(List<Condition> alternative) {
		return (int) alternative.stream().filter(Condition::met).count();
	}

	private static double shortfall(List<Condition> alternative) {
		return alternative.stream().mapToDouble(Condition::shortfall).sum();
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(type.getName()).append(matches() ? ": matches" : ": does not match"); //$NON-NLS-1$ //$NON-NLS-2$
		for (int i = 0; i < alternatives.size(); i++) {
			if (alternatives.size() > 1) {
				text.append("\n  alternative ").append(i + 1).append(':'); //$NON-NLS-1$
			}
			for (Condition condition : alternatives.get(i)) {
				text.append("\n  - ").append(condition); //$NON-NLS-1$
			}
		}
		return text.toString();
	}
}
