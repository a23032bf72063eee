/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.classification;

import java.util.List;
import java.util.Map;

import org.cogov.model.StructureType;

/**
 * Why a phase has its type: every feature's value (with its reason), every condition of every type checked
 * (met or failed, with threshold and value), the borderline features, and notes on authority that reaches
 * nobody. Thresholds are our operationalisation of the thesis and come from {@link ClassificationParameters}.
 */
public final class Explanation {

	private final StructureFeatures features;
	private final List<TypeCheck> checks;
	private final List<Borderline> borderlines;
	private final List<String> notes;

	Explanation(StructureFeatures features, List<TypeCheck> checks, List<Borderline> borderlines, List<String> notes) {
		this.features = features;
		this.checks = List.copyOf(checks);
		this.borderlines = List.copyOf(borderlines);
		this.notes = List.copyOf(notes);
	}

	/** The features read. */
	public StructureFeatures features() {
		return features;
	}

	/** The types checked, in rule order, up to the matching one (all four for a hybrid). */
	public List<TypeCheck> checks() {
		return checks;
	}

	/** The check of one type, or null when it was not reached. */
	public TypeCheck check(StructureType type) {
		return checks.stream().filter(c -> c.type() == type).findFirst().orElse(null);
	}

	/** Deciding features close to their thresholds. */
	public List<Borderline> borderlines() {
		return borderlines;
	}

	/** Notes on the decision shares, e.g. a hierarchical body without a chair. */
	public List<String> notes() {
		return notes;
	}

	/** The explanation as plain text, one fact per line. */
	public String toText() {
		StringBuilder text = new StringBuilder("Features (thresholds are our operationalisation of the thesis):"); //$NON-NLS-1$
		for (Map.Entry<Feature, Double> entry : features.values().entrySet()) {
			Feature feature = entry.getKey();
			text.append("\n  ").append(feature.label()).append(" = ") //$NON-NLS-1$ //$NON-NLS-2$
					.append(feature.isNumeric() ? Condition.number(entry.getValue()) : entry.getValue() > 0.5 ? "yes" : "no"); //$NON-NLS-1$ //$NON-NLS-2$
			String reason = features.reason(feature);
			if (reason != null) {
				text.append(" (").append(reason).append(')'); //$NON-NLS-1$
			}
		}
		text.append("\nTypes checked in order:"); //$NON-NLS-1$
		checks.forEach(check -> text.append('\n').append(check));
		if (!borderlines.isEmpty()) {
			text.append("\nBorderline:"); //$NON-NLS-1$
			borderlines.forEach(b -> text.append("\n  ").append(b)); //$NON-NLS-1$
		}
		if (!notes.isEmpty()) {
			text.append("\nNotes:"); //$NON-NLS-1$
			notes.forEach(n -> text.append("\n  ").append(n)); //$NON-NLS-1$
		}
		return text.toString();
	}

	@Override
	public String toString() {
		return toText();
	}
}
