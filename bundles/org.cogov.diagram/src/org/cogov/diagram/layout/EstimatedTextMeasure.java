/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.layout;

/**
 * A deterministic estimate of text widths from character classes, for machines without fonts and for tests that
 * must not depend on the installed fonts. CJK and full-width characters count one em; Latin letters about half.
 * The estimate errs on the wide side so that boxes sized with it never clip text drawn with a real font.
 */
public final class EstimatedTextMeasure implements TextMeasure {

	@Override
	public double width(String text, double size, boolean bold) {
		double ems = 0;
		for (int i = 0; i < text.length(); i++) {
			ems += em(text.charAt(i));
		}
		return ems * size * (bold ? 1.07 : 1.0);
	}

	private static double em(char c) {
		if (isWide(c)) {
			return 1.0;
		}
		if (c == ' ' || ".,:;'|!il".indexOf(c) >= 0) { //$NON-NLS-1$
			return 0.32;
		}
		if (Character.isUpperCase(c) || c == 'm' || c == 'w' || c == '%' || c == '@') {
			return 0.7;
		}
		return 0.58;
	}

	private static boolean isWide(char c) {
		Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
		return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
				|| block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
				|| block == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
				|| block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
				|| block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
				|| block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA
				|| block == Character.UnicodeBlock.HANGUL_SYLLABLES;
	}
}
