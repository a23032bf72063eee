/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.conversion;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Date;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Calendar dates written as 2021-03-15. The model keeps them as the instant of midnight UTC, so that the same
 * date reads and prints the same in every time zone.
 */
public class DateConverter implements IValueConverter<Date> {

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd") //$NON-NLS-1$
			.withResolverStyle(ResolverStyle.STRICT);

	@Override
	public Date toValue(String string, INode node) {
		if (string == null || string.isBlank()) {
			throw new ValueConverterException("a date is expected here, written as YYYY-MM-DD", node, null); //$NON-NLS-1$
		}
		try {
			return Date.from(LocalDate.parse(string.trim(), ISO).atStartOfDay(ZoneOffset.UTC).toInstant());
		} catch (DateTimeParseException e) {
			throw new ValueConverterException("'" + string + "' is not a calendar date; write YYYY-MM-DD with a real month and day", //$NON-NLS-1$ //$NON-NLS-2$
					node, null);
		}
	}

	@Override
	public String toString(Date value) {
		if (value == null) {
			throw new ValueConverterException("a date must not be empty", null, null); //$NON-NLS-1$
		}
		return value.toInstant().atZone(ZoneOffset.UTC).toLocalDate().format(ISO);
	}
}
