/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.report;

/** Escaping of model text for HTML: a label written as {@code <script>} stays text. */
public final class Html {

	private Html() {
	}

	public static String escape(String value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder out = new StringBuilder(value.length() + 16);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '<' -> out.append("&lt;"); //$NON-NLS-1$
			case '>' -> out.append("&gt;"); //$NON-NLS-1$
			case '&' -> out.append("&amp;"); //$NON-NLS-1$
			case '"' -> out.append("&quot;"); //$NON-NLS-1$
			case '\'' -> out.append("&#39;"); //$NON-NLS-1$
			default -> out.append(c);
			}
		}
		return out.toString();
	}
}
