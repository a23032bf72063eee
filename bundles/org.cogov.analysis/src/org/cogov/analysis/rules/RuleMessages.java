/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The rules' names and messages from {@code messages.properties} (English) and {@code messages_zh.properties}
 * (Chinese), UTF-8, MessageFormat patterns. Without a matching translation English is used, never the JVM's
 * default locale, so that a Chinese desktop asking for English gets English.
 */
public final class RuleMessages {

	private static final String BUNDLE = "org.cogov.analysis.rules.messages"; //$NON-NLS-1$

	private RuleMessages() {
	}

	/** The message bundle for a locale. */
	public static ResourceBundle bundle(Locale locale) {
		return ResourceBundle.getBundle(BUNDLE, locale, RuleMessages.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** The rule's short name. */
	public static String name(Rule rule, Locale locale) {
		return text(locale, rule.getMessageKey() + ".name"); //$NON-NLS-1$
	}

	/** The raw pattern of a rule's message (variant null for the plain message). */
	public static String pattern(Rule rule, String variant, Locale locale) {
		String key = rule.getMessageKey() + ".message" + (variant == null ? "" : "." + variant); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return text(locale, key);
	}

	/** A formatted text by key. */
	static String format(Locale locale, String key, Object... arguments) {
		return new MessageFormat(text(locale, key), locale).format(arguments);
	}

	/**
	 * The complete message of a finding: rule ID, the risk prefix for risks, then the formatted message with
	 * its first letter capitalised (element descriptions start in lower case).
	 */
	static String message(Rule rule, String variant, Locale locale, Object... arguments) {
		String body = new MessageFormat(pattern(rule, variant, locale), locale).format(arguments);
		if (!body.isEmpty()) {
			body = body.substring(0, 1).toUpperCase(locale) + body.substring(1);
		}
		String prefix = rule.isRisk() ? text(locale, "risk.prefix") + " " : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return rule.getId() + " " + prefix + body; //$NON-NLS-1$
	}

	private static String text(Locale locale, String key) {
		try {
			return bundle(locale).getString(key);
		} catch (MissingResourceException e) {
			return '!' + key + '!';
		}
	}
}
