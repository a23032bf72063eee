/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How large a study file may be, given the memory Java may use: parsing CoGov text and checking it takes about 60
 * times the file's size (the model plus the node model that locates every word), reading XMI about 15 times. A
 * larger file is refused before it is read, with the reason and the remedy, instead of running out of memory or
 * working for minutes; with the command line's default memory the limits lie far above any case file.
 */
final class FileSizeLimit {

	/** Memory per byte of text needed to parse, link and check a CoGov file (measured: 36 MB needed about 2 GB). */
	private static final long TEXT_FACTOR = 64;
	/** Memory per byte needed to read an XMI file: no node model, about a quarter of text. */
	private static final long XMI_FACTOR = 16;

	private FileSizeLimit() {
	}

	/** Null when the file may be read, otherwise why not. */
	static String check(Path file) {
		long size;
		try {
			size = Files.size(file);
		} catch (IOException e) {
			return null; // reading it will report what is wrong
		}
		boolean text = file.getFileName().toString().endsWith("." + StudyLoader.DSL_EXTENSION); //$NON-NLS-1$
		long memory = Runtime.getRuntime().maxMemory();
		long limit = memory / (text ? TEXT_FACTOR : XMI_FACTOR);
		if (size <= limit) {
			return null;
		}
		return String.format(Locale.ROOT, "the file is %s; with the memory Java may use here (%s), CoGov reads %s files of up " //$NON-NLS-1$
				+ "to %s: split the study into one file per case, or give Java more memory (-Xmx)", megabytes(size), //$NON-NLS-1$
				megabytes(memory), text ? "CoGov text" : "XMI", megabytes(limit)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0)); //$NON-NLS-1$
	}
}
