/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The diagrams' words in English and Chinese: {@code diagram-words.properties} and
 * {@code diagram-words_zh.properties} next to this class, UTF-8, MessageFormat patterns when given arguments (so a
 * pattern with arguments doubles its apostrophes). It lives in the diagram model, not in the builders, because the
 * model's kinds name themselves in legends; the report has its own words and depends on this bundle, not the
 * reverse.
 */
public final class DiagramWords {

	/** The base name of the bundle, also for tests that read the files. */
	public static final String BUNDLE = "org.cogov.diagram.model.diagram-words"; //$NON-NLS-1$

	private DiagramWords() {
	}

	/** The text of a key in a locale, formatted with the arguments if there are any; the key itself when missing. */
	public static String get(Locale locale, String key, Object... arguments) {
		String pattern;
		try {
			pattern = bundle(locale).getString(key);
		} catch (MissingResourceException e) {
			pattern = key;
		}
		return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
	}

	/** The words of a locale; English (the base file) for every language without its own file. */
	public static ResourceBundle bundle(Locale locale) {
		// no fallback to the JVM's default locale: asking for English on a Chinese desktop must give English.
		// Since Java 9 properties bundles are read as UTF-8; the bundle's own class loader finds the files in OSGi too.
		return ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ROOT : locale, DiagramWords.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** Whether a locale asks for Chinese words (and Chinese punctuation). */
	public static boolean isChinese(Locale locale) {
		return locale != null && "zh".equals(locale.getLanguage()); //$NON-NLS-1$
	}
}
