/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Shares written as a fraction (0.51) or a percentage (51%). Whether a share lies in [0,1] is a validation
 * rule (COGOV-E18), so an out-of-range share is still read and then reported on the element.
 */
public class ShareConverter implements IValueConverter<Double> {

	@Override
	public Double toValue(String string, INode node) {
		if (string == null || string.isBlank()) {
			throw new ValueConverterException("a share is expected here, e.g. 0.51 or 51%", node, null); //$NON-NLS-1$
		}
		String text = string.trim();
		try {
			if (text.endsWith("%")) { //$NON-NLS-1$
				return new BigDecimal(text.substring(0, text.length() - 1)).movePointLeft(2).doubleValue();
			}
			return Double.valueOf(text);
		} catch (NumberFormatException e) {
			throw new ValueConverterException("'" + string + "' is not a share; write 0.51 or 51%", node, null); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Override
	public String toString(Double value) {
		if (value == null || value.isNaN() || value.isInfinite()) {
			throw new ValueConverterException("a share must be a finite number, not " + value, null, null); //$NON-NLS-1$
		}
		BigDecimal percent = BigDecimal.valueOf(value).movePointRight(2).stripTrailingZeros();
		if (value >= 0 && percent.scale() <= 2) { // prints 51% rather than 0.51 where nothing is lost
			return percent.toPlainString() + "%"; //$NON-NLS-1$
		}
		return DecimalConverter.plain(value);
	}
}
