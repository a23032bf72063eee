/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.cogov.dsl.synthetic.SyntheticStudy;

/** cogov generate: a synthetic study of many invented county-level cases, for benchmarks and scale tests. */
final class GenerateCommand implements Command {

	@Override
	public String name() {
		return "generate"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "write a synthetic study of N invented cases (for benchmarks and scale tests)"; //$NON-NLS-1$
	}

	@Override
	public String help() {
		return """
				usage: cogov generate --cases N [--seed S] FOLDER

				Writes a synthetic study into FOLDER (created if needed; it must not hold .cogov or .xmi files yet):
				one shared sources file (sources.cogov) and one file per case (county0001.cogov, ...). The cases are
				invented but shaped like county-level platforms: 8 to 60 departments, 1 to 8 enterprises, 1 to 4
				structure phases, links and decisions in proportion, built across the four structure types and
				some mixed ones. They load without errors, with the warnings and risks real studies have.
				  --cases N  number of cases, 1 to 10000 (every county-level unit of China is about 2,850)
				  --seed S   any whole number (default 1); the same seed and N always give the same files
				Exit code: 0 written, 2 usage or I/O error (also when FOLDER already holds study files).
				"""; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> arguments, Terminal terminal) throws CommandLine.UsageException, CommandFailure {
		CommandLine line = CommandLine.parse(arguments, Set.of("--cases", "--seed"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$
		if (line.positional().size() != 1) {
			throw new CommandLine.UsageException("give exactly one output folder"); //$NON-NLS-1$
		}
		if (line.option("--cases") == null) { //$NON-NLS-1$
			throw new CommandLine.UsageException("give the number of cases with --cases N"); //$NON-NLS-1$
		}
		long count = number(line.option("--cases"), "--cases"); //$NON-NLS-1$ //$NON-NLS-2$
		long seed = number(line.option("--seed", "1"), "--seed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (count < 1 || count > SyntheticStudy.MAX_CASES) {
			throw new CommandLine.UsageException("--cases must be between 1 and " + SyntheticStudy.MAX_CASES); //$NON-NLS-1$
		}
		int cases = (int) count;
		Path folder = Path.of(line.positional().get(0));
		terminal.show("generating " + cases + " cases"); //$NON-NLS-1$ //$NON-NLS-2$
		List<Path> written;
		try {
			written = new SyntheticStudy(seed, cases).write(folder);
		} catch (IOException e) {
			throw new CommandFailure("cannot write the study: " + e.getMessage()); //$NON-NLS-1$
		} finally {
			terminal.done();
		}
		terminal.err.println("written: " + written.size() + " files (" + cases + " cases, seed " + seed + ") in " + folder); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return OK;
	}

	private static long number(String text, String option) throws CommandLine.UsageException {
		try {
			return Long.parseLong(text.trim());
		} catch (NumberFormatException e) {
			throw new CommandLine.UsageException(option + " needs a whole number, not '" + text + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
