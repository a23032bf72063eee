/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis;

import java.nio.file.Path;

/**
 * A settings or parameters file that cannot be used as written: the message names the file, the line and what
 * the line may contain instead, so that a researcher can fix it without reading code.
 */
public class SettingsException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final String detail;

	/**
	 * @param file   the file read
	 * @param line   1-based line number, or 0 when the problem concerns the whole file
	 * @param detail what is wrong and what is allowed
	 */
	public SettingsException(Path file, int line, String detail) {
		super(location(file, line) + ": " + detail); //$NON-NLS-1$
		this.file = file;
		this.line = line;
		this.detail = detail;
	}

	private static String location(Path file, int line) {
		return line > 0 ? file + ":" + line : String.valueOf(file); //$NON-NLS-1$
	}

	/** The file that holds the problem. */
	public Path getFile() {
		return file;
	}

	/** The 1-based line of the problem, 0 for the file as a whole (e.g. unreadable). */
	public int getLine() {
		return line;
	}

	/** The problem without file and line. */
	public String getDetail() {
		return detail;
	}
}
