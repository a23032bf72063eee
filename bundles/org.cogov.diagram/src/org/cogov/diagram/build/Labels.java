/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.build;

import java.io.IOException;
import java.io.InputStream;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;

import org.cogov.diagram.model.DiagramWords;
import org.cogov.model.CogovPackage;
import org.cogov.model.NamedElement;

/** Text of nodes, edges and titles: names, enum words, percentages, wrapping; in English or Chinese. */
public final class Labels {

	/**
	 * The Chinese words of the model's enum values: the model bundle's own labels file, so that the diagrams say
	 * what the model's editors and the Sirius diagrams say.
	 */
	private static final String CHINESE_LITERALS = "/model/labels_zh.properties"; //$NON-NLS-1$
	private static final Properties CHINESE = loadChinese();

	private static final Set<String> ACRONYMS = Set.of("soe", "jv", "kpi", "api", "ip", "it"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private Labels() {
	}

	/** The display label of an element, else its identifier, else a dash. */
	public static String display(NamedElement element) {
		if (element == null) {
			return "-"; //$NON-NLS-1$
		}
		if (element.getLabel() != null && !element.getLabel().isBlank()) {
			return element.getLabel().strip();
		}
		return element.getName() != null ? element.getName() : "-"; //$NON-NLS-1$
	}

	/**
	 * The identifier of an element when its title shows a different label (e.g. "DA" under 大数据局), else empty, so
	 * that a box does not repeat its title.
	 */
	public static String codeUnlessTitle(NamedElement element) {
		String code = code(element);
		return code.equals(display(element)) ? "" : code; //$NON-NLS-1$
	}

	/** The identifier of an element, else a dash. */
	public static String code(NamedElement element) {
		return element == null || element.getName() == null ? "-" : element.getName(); //$NON-NLS-1$
	}

	/** An enum literal in words: DATA_SHARING_RULES becomes "data sharing rules", CENTRAL_SOE "central SOE". */
	public static String words(Enum<?> literal) {
		StringBuilder text = new StringBuilder();
		for (String word : literal.name().toLowerCase(Locale.ROOT).split("_")) { //$NON-NLS-1$
			if (text.length() > 0) {
				text.append("co".contentEquals(text) ? '-' : ' '); //$NON-NLS-1$ co-investor, co-decide
			}
			text.append(ACRONYMS.contains(word) ? word.toUpperCase(Locale.ROOT) : word);
		}
		return text.toString();
	}

	/** An enum literal in the words of a locale: Chinese from the model's labels, else English words. */
	public static String words(Enum<?> literal, Locale locale) {
		if (DiagramWords.isChinese(locale)) {
			String key = "_UI_" + literal.getDeclaringClass().getSimpleName() + '_' + literal.name() + "_literal"; //$NON-NLS-1$ //$NON-NLS-2$
			String chinese = CHINESE.getProperty(key);
			if (chinese != null) {
				return chinese;
			}
		}
		return words(literal);
	}

	private static Properties loadChinese() {
		Properties properties = new Properties();
		// the model's class loader finds its bundle's own file, in OSGi and on a plain class path
		try (InputStream in = CogovPackage.class.getResourceAsStream(CHINESE_LITERALS)) {
			if (in != null) {
				properties.load(in); // the file writes Chinese as Unicode escapes, which Properties.load reads
			}
		} catch (IOException e) {
			// without the file enum values stay in English words; the diagram is still complete
		}
		return properties;
	}

	/** A share in whole percent; "<1%" for a small positive share. */
	public static String percent(double share) {
		if (share > 0 && share < 0.005) {
			return "<1%"; //$NON-NLS-1$
		}
		return Math.round(share * 100) + "%"; //$NON-NLS-1$
	}

	/** A number with two decimals. */
	public static String number(double value) {
		return String.format(Locale.ROOT, "%.2f", value); //$NON-NLS-1$
	}

	/** A day as yyyy-MM-dd in UTC, or "open" for null. */
	public static String day(Date date) {
		if (date == null) {
			return "open"; //$NON-NLS-1$
		}
		SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT); //$NON-NLS-1$
		format.setTimeZone(TimeZone.getTimeZone("UTC")); //$NON-NLS-1$
		return format.format(date);
	}

	/** A day as yyyy-MM-dd in UTC, or "open" in the words of a locale for null. */
	public static String day(Date date, Locale locale) {
		return date == null ? DiagramWords.get(locale, "day.open") : day(date); //$NON-NLS-1$
	}

	/** Items joined with the list separator of a locale: ", " in English, "、" in Chinese. */
	public static String list(List<String> items, Locale locale) {
		return String.join(DiagramWords.get(locale, "list.separator"), items); //$NON-NLS-1$
	}

	/** Parts joined with " · ", skipping empty ones. */
	public static String join(String... parts) {
		StringBuilder text = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				if (text.length() > 0) {
					text.append(" · "); //$NON-NLS-1$
				}
				text.append(part);
			}
		}
		return text.toString();
	}

	/**
	 * Words joined with ", " into lines of at most about maxChars characters (a word longer than that gets a line
	 * of its own), each line prefixed by the first line's lead-in or indented.
	 */
	public static List<String> wrapList(String leadIn, List<String> items, int maxChars) {
		return wrapList(leadIn, items, maxChars, Locale.ROOT);
	}

	/**
	 * Words joined with the list separator of a locale into lines of at most about maxChars columns, a CJK
	 * character taking two columns as it does on screen; see {@link #wrapList(String, List, int)}.
	 */
	public static List<String> wrapList(String leadIn, List<String> items, int maxChars, Locale locale) {
		String separator = DiagramWords.get(locale, "list.separator"); //$NON-NLS-1$
		String lineEnd = separator.strip();
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder(leadIn);
		boolean first = true;
		for (String item : items) {
			String piece = first ? item : separator + item;
			if (!first && columns(line) + columns(piece) > maxChars) {
				lines.add(line.append(lineEnd).toString());
				line = new StringBuilder(item);
			} else {
				line.append(piece);
			}
			first = false;
		}
		if (!first) {
			lines.add(line.toString());
		}
		return lines;
	}

	/** The width of a text in columns: two for a CJK ideograph, kana, hangul or full-width form, else one. */
	static int columns(CharSequence text) {
		int columns = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			columns += c >= '\u2e80' && c <= '\ud7ff' || c >= '\uf900' && c <= '\ufaff' || c >= '\uff00' && c <= '\uff60' ? 2 : 1;
		}
		return columns;
	}
}
