/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The words after the command name: positional arguments, options with a value, and flags. */
final class CommandLine {

	/** A command used the wrong way; exit code 2 with the message and a pointer to --help. */
	static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	private final List<String> positional = new ArrayList<>();
	private final Map<String, String> options = new LinkedHashMap<>();
	private final List<String> flags = new ArrayList<>();

	/**
	 * @param valued options that take a value ("--format", "-o"), written "--format json" or "--format=json"
	 * @param known  flags without a value ("--help", "--force")
	 */
	static CommandLine parse(List<String> arguments, Set<String> valued, Set<String> known) throws UsageException {
		CommandLine line = new CommandLine();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (argument.startsWith("-") && argument.length() > 1) { //$NON-NLS-1$
				String name = argument;
				String value = null;
				int equals = argument.indexOf('=');
				if (equals > 0) {
					name = argument.substring(0, equals);
					value = argument.substring(equals + 1);
				}
				if (valued.contains(name)) {
					if (value == null) {
						if (i + 1 >= arguments.size()) {
							throw new UsageException(name + " needs a value"); //$NON-NLS-1$
						}
						value = arguments.get(++i);
					}
					line.options.put(name, value);
				} else if (known.contains(name) && value == null) {
					line.flags.add(name);
				} else {
					throw new UsageException("unknown option " + argument); //$NON-NLS-1$
				}
			} else {
				line.positional.add(argument);
			}
		}
		return line;
	}

	List<String> positional() {
		return positional;
	}

	String option(String name) {
		return options.get(name);
	}

	String option(String name, String fallback) {
		return options.getOrDefault(name, fallback);
	}

	boolean has(String flag) {
		return flags.contains(flag);
	}
}
