/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.classification;

import java.util.List;
import java.util.Locale;

/**
 * One condition of a structure type, evaluated: which feature (or flags joined by "or"), the comparison, the
 * threshold, the phase's value and whether it is met.
 *
 * @param label      the feature as written in explanations, e.g. "smax" or "entIP or market"
 * @param features   the features the condition reads
 * @param comparison the comparison
 * @param threshold  the threshold (1 for flags)
 * @param value      the phase's value (1 or 0 for flags)
 * @param met        whether the condition holds
 */
public record Condition(String label, List<Feature> features, Comparison comparison, double threshold, double value,
		boolean met) {

	/** Evaluates a numeric or flag condition on one feature. */
	static Condition of(Feature feature, Comparison comparison, double threshold, StructureFeatures values) {
		double value = values.value(feature);
		return new Condition(feature.label(), List.of(feature), comparison, threshold, value,
				comparison.test(value, threshold));
	}

	/** A condition that holds when any of the flags is set. */
	static Condition anyOf(StructureFeatures values, Feature... flags) {
		double value = 0;
		StringBuilder label = new StringBuilder();
		for (Feature flag : flags) {
			value = Math.max(value, values.value(flag));
			label.append(label.length() == 0 ? "" : " or ").append(flag.label()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new Condition(label.toString(), List.of(flags), Comparison.IS_TRUE, 1, value,
				Comparison.IS_TRUE.test(value, 1));
	}

	/** Whether the condition compares a number. */
	public boolean isNumeric() {
		return comparison.isNumeric();
	}

	/** How far the value lies from the threshold (numeric conditions). */
	public double distance() {
		return Math.abs(value - threshold);
	}

	/**
	 * How far a failed condition is from being met, normalised: shares are already on [0,1], counts are divided
	 * by their threshold, a failed flag counts 1. Met conditions have no shortfall.
	 */
	public double shortfall() {
		if (met) {
			return 0;
		}
		return isNumeric() ? distance() / Math.max(1.0, Math.abs(threshold)) : 1.0;
	}

	/** The condition in words, e.g. "smax = 0.25 <= 0.35: met". */
	@Override
	public String toString() {
		String state = met ? "met" : "failed"; //$NON-NLS-1$ //$NON-NLS-2$
		if (isNumeric()) {
			return label + " = " + number(value) + " " + comparison.symbol() + " " + number(threshold) + ": " + state; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		return label + " " + comparison.symbol() + " (" + (value > 0.5 ? "yes" : "no") + "): " + state; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e6) {
			return String.valueOf((long) value);
		}
		return String.format(Locale.ROOT, "%.3f", value); //$NON-NLS-1$
	}
}
