/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.services;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import org.cogov.model.CogovPackage;
import org.cogov.model.NamedElement;

/**
 * Pieces of diagram text. Enum values show in Chinese and English ("建设者 builder"): the Chinese words are the
 * model bundle's own {@code model/labels_zh.properties}, so the diagrams and the model's editors say the same.
 */
final class Texts {

	/** Separator between the parts of one label line, as in the CoGov reports. */
	static final String DOT = " · "; //$NON-NLS-1$

	private static final String CHINESE_LABELS = "/model/labels_zh.properties"; //$NON-NLS-1$
	private static final Properties CHINESE = load();

	private Texts() {
	}

	private static Properties load() {
		Properties properties = new Properties();
		try (InputStream in = CogovPackage.class.getResourceAsStream(CHINESE_LABELS)) {
			if (in != null) {
				properties.load(in);
			}
		} catch (IOException e) {
			// without the file the labels fall back to English words; the diagram stays usable
		}
		return properties;
	}

	/** The Chinese word of a literal, or null when the labels file does not have it. */
	static String chinese(Enum<?> literal) {
		String key = "_UI_" + literal.getDeclaringClass().getSimpleName() + '_' + literal.name() + "_literal"; //$NON-NLS-1$ //$NON-NLS-2$
		return CHINESE.getProperty(key);
	}

	/** A literal in English words: DATA_SHARING_RULES becomes "data sharing rules". */
	static String english(Enum<?> literal) {
		return literal.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	/** A literal in one word: Chinese when the labels file has it, else English; empty for null or an unset value. */
	static String word(Enum<?> literal) {
		if (literal == null || "UNSET".equals(literal.name())) { //$NON-NLS-1$
			return ""; //$NON-NLS-1$
		}
		String chinese = chinese(literal);
		return chinese == null ? english(literal) : chinese;
	}

	/** A literal in both languages, "建设者 builder"; an empty string for null. */
	static String literal(Enum<?> literal) {
		if (literal == null) {
			return ""; //$NON-NLS-1$
		}
		String chinese = chinese(literal);
		return chinese == null ? english(literal) : chinese + ' ' + english(literal);
	}

	/** The identifier of an element, or "?" while it has none. */
	static String name(NamedElement element) {
		return element == null || element.getName() == null || element.getName().isBlank() ? "?" : element.getName(); //$NON-NLS-1$
	}

	/** The display label (often Chinese) of an element when it has one that differs from its identifier, else null. */
	static String label(NamedElement element) {
		if (element == null || element.getLabel() == null || element.getLabel().isBlank()
				|| element.getLabel().strip().equals(element.getName())) {
			return null;
		}
		return element.getLabel().strip();
	}

	/** The label on a first line and the given second line below it, or the second line alone. */
	static String twoLines(NamedElement element, String secondLine) {
		String label = label(element);
		return label == null ? secondLine : label + '\n' + secondLine;
	}

	/** Parts joined with the separator, skipping empty ones. */
	static String join(String... parts) {
		StringBuilder text = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				if (text.length() > 0) {
					text.append(DOT);
				}
				text.append(part);
			}
		}
		return text.toString();
	}

	/** A share in whole percent, "<1%" for a small positive share. */
	static String percent(double share) {
		if (share > 0 && share < 0.005) {
			return "<1%"; //$NON-NLS-1$
		}
		return Math.round(share * 100) + "%"; //$NON-NLS-1$
	}

	/** A number without a needless ".0". */
	static String number(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value); //$NON-NLS-1$
	}
}
