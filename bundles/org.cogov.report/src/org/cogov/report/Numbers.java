/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Figures as reports print them: four decimals in machine formats, three in tables, nothing for NaN. */
final class Numbers {

	private Numbers() {
	}

	static BigDecimal exact(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return BigDecimal.ZERO;
		}
		return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
	}

	static String table(double value) {
		if (Double.isNaN(value)) {
			return "-"; //$NON-NLS-1$
		}
		if (value == Math.rint(value) && Math.abs(value) < 1e9) {
			return String.valueOf((long) value);
		}
		return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).toPlainString();
	}

	static String percent(double value) {
		return BigDecimal.valueOf(value * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%"; //$NON-NLS-1$
	}
}
