/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.study;

import java.nio.file.Path;

/**
 * A problem found in a study file, located by file, line and column (1-based; 0 when the problem concerns the
 * whole file) and, where known, by character offset and length and the URI fragment of the element concerned,
 * with a stable code: a rule code such as COGOV-E01, or syntax, link, encoding, io.
 */
public record FileDiagnostic(Path file, int line, int column, Severity severity, String code, String message, int offset,
		int length, String element) {

	/** A diagnostic located by line and column only. */
	public FileDiagnostic(Path file, int line, int column, Severity severity, String code, String message) {
		this(file, line, column, severity, code, message, 0, 0, null);
	}

	/** How bad a diagnostic is. Governance risks are warnings whose code starts with COGOV-R. */
	public enum Severity {
		ERROR, WARNING, INFO;

		public String word() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** Codes of the problems that are not governance rules. */
	public static final String SYNTAX = "syntax"; //$NON-NLS-1$
	public static final String LINK = "link"; //$NON-NLS-1$
	public static final String ENCODING = "encoding"; //$NON-NLS-1$
	public static final String IO = "io"; //$NON-NLS-1$

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	public boolean isRisk() {
		return code != null && code.startsWith("COGOV-R"); //$NON-NLS-1$
	}

	/** The compiler-style line: {@code file:line:col: severity code message}. */
	public String format() {
		return file + ":" + line + ":" + column + ": " + severity.word() + " " + code + " " + message; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	@Override
	public String toString() {
		return format();
	}
}
