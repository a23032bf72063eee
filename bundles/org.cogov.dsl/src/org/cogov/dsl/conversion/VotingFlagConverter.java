/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/** Members vote unless written 'non-voting'; 'voting' may be written for emphasis. */
public class VotingFlagConverter implements IValueConverter<Boolean> {

	static final String VOTING = "voting"; //$NON-NLS-1$
	static final String NON_VOTING = "non-voting"; //$NON-NLS-1$

	@Override
	public Boolean toValue(String string, INode node) {
		if (VOTING.equals(string)) {
			return Boolean.TRUE;
		}
		if (NON_VOTING.equals(string)) {
			return Boolean.FALSE;
		}
		throw new ValueConverterException("write 'voting' or 'non-voting', not '" + string + "'", node, null); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public String toString(Boolean value) {
		return Boolean.FALSE.equals(value) ? NON_VOTING : VOTING;
	}
}
