/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/** Plain decimal numbers (weights, scores, outcome values), optionally negative: 2, 0.83, -1.5. */
public class DecimalConverter implements IValueConverter<Double> {

	@Override
	public Double toValue(String string, INode node) {
		if (string == null || string.isBlank()) {
			throw new ValueConverterException("a number is expected here", node, null); //$NON-NLS-1$
		}
		try {
			return Double.valueOf(string.replace(" ", "").trim()); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (NumberFormatException e) {
			throw new ValueConverterException("'" + string + "' is not a number", node, null); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Override
	public String toString(Double value) {
		if (value == null || value.isNaN() || value.isInfinite()) {
			throw new ValueConverterException("a number must be finite, not " + value, null, null); //$NON-NLS-1$
		}
		return plain(value);
	}

	/** 2 rather than 2.0, 0.83 rather than 0.8300000001 where the double came from 0.83. */
	static String plain(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
