/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.layout;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping by measured width; a word wider than the width (e.g. a run of CJK text) breaks between characters. */
final class TextWrap {

	private TextWrap() {
	}

	static List<String> wrap(String text, TextMeasure measure, double size, boolean bold, double width) {
		List<String> lines = new ArrayList<>();
		String current = ""; //$NON-NLS-1$
		for (String word : text.split(" ")) { //$NON-NLS-1$
			String candidate = current.isEmpty() ? word : current + " " + word; //$NON-NLS-1$
			if (measure.width(candidate, size, bold) <= width) {
				current = candidate;
				continue;
			}
			if (!current.isEmpty()) {
				lines.add(current);
			}
			StringBuilder part = new StringBuilder();
			for (int i = 0; i < word.length(); i++) {
				if (part.length() > 0 && measure.width(part.toString() + word.charAt(i), size, bold) > width) {
					lines.add(part.toString());
					part.setLength(0);
				}
				part.append(word.charAt(i));
			}
			current = part.toString();
		}
		if (!current.isEmpty() || lines.isEmpty()) {
			lines.add(current);
		}
		return lines;
	}
}
