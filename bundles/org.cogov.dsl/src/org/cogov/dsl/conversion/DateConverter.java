/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.conversion;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
			return Date.from(date(string.trim()).atStartOfDay(ZoneOffset.UTC).toInstant());
		} catch (DateTimeException e) {
			throw new ValueConverterException("'" + string + "' is not a calendar date; write YYYY-MM-DD with a real month and day", //$NON-NLS-1$ //$NON-NLS-2$
					node, null);
		}
	}

	/**
	 * The date of a text as the grammar's ISO_DATE token has it, digits read directly (the formatter took a twentieth
	 * of the time of parsing a study); any other text goes to the strict formatter and its error.
	 */
	private static LocalDate date(String text) {
		if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
			int year = digits(text, 0, 4);
			int month = digits(text, 5, 7);
			int day = digits(text, 8, 10);
			if (year >= 0 && month >= 0 && day >= 0) {
				return LocalDate.of(year, month, day); // a month 13 or 30 February throws, as the formatter does
			}
		}
		return LocalDate.parse(text, ISO);
	}

	/** The number written by the ASCII digits from start to end, or -1 if one of them is not a digit. */
	private static int digits(String text, int start, int end) {
		int value = 0;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + c - '0';
		}
		return value;
	}

	@Override
	public String toString(Date value) {
		if (value == null) {
			throw new ValueConverterException("a date must not be empty", null, null); //$NON-NLS-1$
		}
		return value.toInstant().atZone(ZoneOffset.UTC).toLocalDate().format(ISO);
	}
}
