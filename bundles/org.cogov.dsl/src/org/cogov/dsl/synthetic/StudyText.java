/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The text of one generated study file, written line by line with tab indentation as the formatter would, so
 * that generated files look like hand-written ones and diff well.
 */
final class StudyText {

	private final StringBuilder text = new StringBuilder();
	private int depth;

	/** Writes one line at the current depth. */
	StudyText line(String line) {
		text.append("\t".repeat(depth)).append(line).append('\n'); //$NON-NLS-1$
		return this;
	}

	/** Writes a line ending in an opening brace and indents what follows. */
	StudyText open(String line) {
		line(line + " {"); //$NON-NLS-1$
		depth++;
		return this;
	}

	/** Closes the innermost brace. */
	StudyText close() {
		depth--;
		return line("}"); //$NON-NLS-1$
	}

	StudyText blank() {
		text.append('\n');
		return this;
	}

	@Override
	public String toString() {
		return text.toString();
	}

	/** A string literal; generated labels never hold quotes or backslashes, so none are escaped. */
	static String quote(String value) {
		return '"' + value + '"';
	}

	static String date(LocalDate date) {
		return date.toString(); // ISO 8601, the DSL's date form
	}

	/** A share as a whole percentage, the form researchers write. */
	static String percent(int percent) {
		return percent + "%"; //$NON-NLS-1$
	}

	/** Names joined by ", " as the DSL lists them. */
	static String list(List<String> names) {
		return String.join(", ", names); //$NON-NLS-1$
	}

	/** A decimal with two places, independent of the locale. */
	static String decimal(double value) {
		return String.format(Locale.ROOT, "%.2f", value); //$NON-NLS-1$
	}
}
