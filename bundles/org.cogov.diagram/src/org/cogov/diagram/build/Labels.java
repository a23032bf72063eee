/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.build;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;

import org.cogov.model.NamedElement;

/** Text of nodes, edges and titles: names, enum words, percentages, wrapping. */
public final class Labels {

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
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder(leadIn);
		boolean first = true;
		for (String item : items) {
			String piece = first ? item : ", " + item; //$NON-NLS-1$
			if (!first && line.length() + piece.length() > maxChars) {
				lines.add(line.append(',').toString());
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
}
