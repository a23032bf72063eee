/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.conversion;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.INTValueConverter;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Whole numbers (meetings a year, tenure in years). Xtext's converter reports a number too large for Java's int in
 * Java's words ("For input string: ..."); a modeler gets the limit instead.
 */
public class WholeNumberConverter extends INTValueConverter {

	@Override
	public Integer toValue(String string, INode node) {
		try {
			return super.toValue(string, node);
		} catch (ValueConverterException e) {
			if (string != null && string.trim().matches("[0-9]+")) { //$NON-NLS-1$
				throw new ValueConverterException("'" + string.trim() + "' is too large: a whole number here can be at most " //$NON-NLS-1$ //$NON-NLS-2$
						+ Integer.MAX_VALUE, node, null);
			}
			throw new ValueConverterException("a whole number is expected here, not '" + string + "'", node, null); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
