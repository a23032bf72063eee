/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Word wrapping by measured width. Lines break at spaces and, as Chinese text does, between CJK characters, but
 * never before closing punctuation such as "，" or "）" nor after opening punctuation such as "（", so that a Latin
 * word inside Chinese text ("CoGov") stays whole. A piece wider than the width still breaks between characters.
 */
final class TextWrap {

	private static final String NO_BREAK_BEFORE = "，。、；：？！）」』】》〉,.;:?!)%"; //$NON-NLS-1$
	private static final String NO_BREAK_AFTER = "（「『【《〈("; //$NON-NLS-1$

	private TextWrap() {
	}

	static List<String> wrap(String text, TextMeasure measure, double size, boolean bold, double width) {
		List<String> lines = new ArrayList<>();
		String current = ""; //$NON-NLS-1$
		for (String word : text.split(" ")) { //$NON-NLS-1$
			List<String> pieces = pieces(word);
			for (int p = 0; p < pieces.size(); p++) {
				String piece = pieces.get(p);
				String glue = p == 0 ? " " : ""; //$NON-NLS-1$ //$NON-NLS-2$ a space was there before a word, not inside it
				String candidate = current.isEmpty() ? piece : current + glue + piece;
				if (measure.width(candidate, size, bold) <= width) {
					current = candidate;
					continue;
				}
				if (!current.isEmpty()) {
					lines.add(current);
				}
				current = breakCharacters(piece, measure, size, bold, width, lines);
			}
		}
		if (!current.isEmpty() || lines.isEmpty()) {
			lines.add(current);
		}
		return lines;
	}

	/** Adds the full lines of a piece broken between characters and returns its last, partial line. */
	private static String breakCharacters(String piece, TextMeasure measure, double size, boolean bold, double width,
			List<String> lines) {
		StringBuilder part = new StringBuilder();
		for (int i = 0; i < piece.length(); i++) {
			if (part.length() > 0 && measure.width(part.toString() + piece.charAt(i), size, bold) > width) {
				lines.add(part.toString());
				part.setLength(0);
			}
			part.append(piece.charAt(i));
		}
		return part.toString();
	}

	/** A word cut where Chinese text may break: between two characters of which at least one is CJK. */
	static List<String> pieces(String word) {
		List<String> pieces = new ArrayList<>();
		int start = 0;
		for (int i = 1; i < word.length(); i++) {
			char before = word.charAt(i - 1);
			char after = word.charAt(i);
			if ((isCjk(before) || isCjk(after)) && NO_BREAK_BEFORE.indexOf(after) < 0 && NO_BREAK_AFTER.indexOf(before) < 0) {
				pieces.add(word.substring(start, i));
				start = i;
			}
		}
		pieces.add(word.substring(start));
		return pieces;
	}

	/** CJK ideographs and punctuation, kana, hangul and full-width forms. */
	private static boolean isCjk(char c) {
		return c >= '\u2e80' && c <= '\ud7ff' || c >= '\uf900' && c <= '\ufaff' || c >= '\uff00' && c <= '\uff60';
	}
}
