/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The report's headings and phrases in English and Chinese (words.properties, words_zh.properties). */
public final class ReportWords {

	private static final String BUNDLE = "org.cogov.report.words"; //$NON-NLS-1$

	private ReportWords() {
	}

	public static String get(Locale locale, String key, Object... arguments) {
		String pattern;
		try {
			// no fallback to the JVM's default locale: English is the base bundle, whatever the machine's locale
			pattern = ResourceBundle.getBundle(BUNDLE, locale, ReportWords.class.getClassLoader(),
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
		} catch (MissingResourceException e) {
			pattern = key;
		}
		return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
	}
}
