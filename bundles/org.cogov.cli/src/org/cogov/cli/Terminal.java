/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.cli;

import java.io.PrintStream;
import java.util.Locale;

import org.cogov.dsl.study.StudyLoader;

/**
 * Where a command writes: results to standard output, messages and a progress line to standard error. The
 * progress line appears only on an interactive terminal, so piped output and logs stay clean.
 */
final class Terminal {

	final PrintStream out;
	final PrintStream err;
	final Locale locale;
	private final boolean interactive;
	private int lastWidth;

	Terminal(PrintStream out, PrintStream err, Locale locale, boolean interactive) {
		this.out = out;
		this.err = err;
		this.locale = locale;
		this.interactive = interactive;
	}

	/** A progress reporter for the study loader. */
	StudyLoader.Progress progress() {
		if (!interactive) {
			return StudyLoader.Progress.NONE;
		}
		return (done, total, what) -> show("[" + done + "/" + total + "] " + what); //$NON-NLS-1$ //$NON-NLS-2$
	}

	void show(String status) {
		if (!interactive) {
			return;
		}
		String line = status.length() > 78 ? status.substring(0, 77) + "\u2026" : status; //$NON-NLS-1$
		err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length()))); //$NON-NLS-1$ //$NON-NLS-2$
		lastWidth = line.length();
		err.flush();
	}

	/** Clears the progress line before normal output. */
	void done() {
		if (interactive && lastWidth > 0) {
			err.print("\r" + " ".repeat(lastWidth) + "\r"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			err.flush();
			lastWidth = 0;
		}
	}
}
