/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small settings file in properties syntax, read line by line so that every entry keeps its line number for
 * error messages. One setting per line as {@code key = value} (or {@code key: value}); lines starting with
 * {@code #} or {@code !} and text after a whitespace-preceded {@code #} are comments. Continuation lines are not
 * supported: settings are short, and a precise line number matters more. Files are read as UTF-8.
 */
public final class SettingsFile {

	/** One setting with the line it was written on. */
	public record Entry(String key, String value, int line) {
	}

	private final Path file;
	private final List<Entry> entries;

	private SettingsFile(Path file, List<Entry> entries) {
		this.file = file;
		this.entries = Collections.unmodifiableList(entries);
	}

	/** Reads a settings file; a malformed line, a key given twice or an unreadable file is a SettingsException. */
	public static SettingsFile read(Path file) throws SettingsException {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (CharacterCodingException e) {
			throw new SettingsException(file, 0, "the file is not UTF-8 text; save it as UTF-8"); //$NON-NLS-1$
		} catch (IOException e) {
			throw new SettingsException(file, 0, "cannot read the file (" + e.getMessage() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		List<Entry> entries = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			int number = i + 1;
			String text = stripComment(lines.get(i)).strip();
			if (i == 0 && text.startsWith("\uFEFF")) { // a byte-order mark written by some editors //$NON-NLS-1$
				text = text.substring(1).strip();
			}
			if (text.isEmpty() || text.startsWith("#") || text.startsWith("!")) { //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			int separator = separatorIndex(text);
			if (separator <= 0) {
				throw new SettingsException(file, number,
						"expected 'key = value' but found '" + text + "'"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			String key = text.substring(0, separator).strip();
			String value = text.substring(separator + 1).strip();
			Integer first = seen.putIfAbsent(key, number);
			if (first != null) {
				throw new SettingsException(file, number,
						"'" + key + "' is set twice (first on line " + first + "); keep one line"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			entries.add(new Entry(key, value, number));
		}
		return new SettingsFile(file, entries);
	}

	private static int separatorIndex(String text) {
		int equals = text.indexOf('=');
		int colon = text.indexOf(':');
		if (equals < 0) {
			return colon;
		}
		return colon < 0 ? equals : Math.min(equals, colon);
	}

	private static String stripComment(String line) {
		for (int i = 1; i < line.length(); i++) {
			if (line.charAt(i) == '#' && Character.isWhitespace(line.charAt(i - 1))) {
				return line.substring(0, i);
			}
		}
		return line;
	}

	/** The file read. */
	public Path file() {
		return file;
	}

	/** The settings in file order. */
	public List<Entry> entries() {
		return entries;
	}

	/** An error about one entry, naming this file and the entry's line. */
	public SettingsException error(Entry entry, String detail) {
		return new SettingsException(file, entry.line(), detail);
	}
}
