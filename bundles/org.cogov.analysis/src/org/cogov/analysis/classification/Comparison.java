/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.classification;

/** How a condition compares a feature's value with its threshold. */
public enum Comparison {
	/** The value must reach the threshold. */
	AT_LEAST(">="), //$NON-NLS-1$
	/** The value must not exceed the threshold. */
	AT_MOST("<="), //$NON-NLS-1$
	/** The flag must be set. */
	IS_TRUE("is true"), //$NON-NLS-1$
	/** The flag must not be set. */
	IS_FALSE("is false"); //$NON-NLS-1$

	/** Tolerance for rounding in sums of shares, far below any meaningful difference. */
	private static final double EPSILON = 1e-9;

	private final String symbol;

	Comparison(String symbol) {
		this.symbol = symbol;
	}

	/** The operator as written in explanations. */
	public String symbol() {
		return symbol;
	}

	/** Whether the comparison is numeric (else on a flag). */
	public boolean isNumeric() {
		return this == AT_LEAST || this == AT_MOST;
	}

	/** Whether a value satisfies the comparison; flags are 1 (set) or 0. */
	public boolean test(double value, double threshold) {
		return switch (this) {
		case AT_LEAST -> value >= threshold - EPSILON;
		case AT_MOST -> value <= threshold + EPSILON;
		case IS_TRUE -> value > 0.5;
		case IS_FALSE -> value < 0.5;
		};
	}
}
