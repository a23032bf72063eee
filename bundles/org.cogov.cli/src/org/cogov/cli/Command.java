/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.cli;

import java.util.List;

/** A subcommand of cogov. */
interface Command {

	int OK = 0;
	/** The study has errors (check), or a file could not be read or parsed (analyze, report, convert). */
	int FOUND_ERRORS = 1;
	/** Wrong use of the command, or an input/output problem. */
	int USAGE = 2;

	String name();

	/** One line for the overview. */
	String summary();

	/** The full --help text. */
	String help();

	int run(List<String> arguments, Terminal terminal) throws CommandLine.UsageException, CommandFailure;
}
