/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.cli;

import java.util.List;
import java.util.Set;

import org.cogov.dsl.study.FileDiagnostic;
import org.cogov.dsl.study.LoadedStudy;

/** cogov check: parse, link and validate; one compiler-style line per finding. */
final class CheckCommand implements Command {

	@Override
	public String name() {
		return "check"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "parse, link and validate study files; print every finding"; //$NON-NLS-1$
	}

	@Override
	public String help() {
		return """
				usage: cogov check PATH...

				Parses, links and validates the .cogov and .xmi files given, and the files in the folders given
				(all files of a study must be checked together so that references between them resolve).
				Prints one line per finding:  file:line:col: severity code message
				Codes: COGOV-Enn errors, COGOV-Wnn warnings, COGOV-Rnn governance risks (shown as warnings),
				syntax, link, encoding, io. Rules can be switched off or re-graded per study in a
				cogov-rules.properties file next to the study (e.g. COGOV-W01 = off).
				Exit code: 0 no errors (warnings allowed), 1 errors found, 2 usage or I/O error.
				"""; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> arguments, Terminal terminal) throws CommandLine.UsageException {
		CommandLine line = CommandLine.parse(arguments, Set.of(), Set.of());
		LoadedStudy study = StudyInputs.load(StudyInputs.paths(line.positional()), terminal);
		for (FileDiagnostic diagnostic : study.diagnostics()) {
			terminal.out.println(diagnostic.format());
		}
		terminal.err.println(study.resources().size() + " file(s), " + study.cases().size() + " case(s): " //$NON-NLS-1$ //$NON-NLS-2$
				+ study.count(FileDiagnostic.Severity.ERROR) + " error(s), " + study.count(FileDiagnostic.Severity.WARNING) //$NON-NLS-1$
				+ " warning(s) (" + study.diagnostics().stream().filter(FileDiagnostic::isRisk).count() + " governance risk(s))"); //$NON-NLS-1$ //$NON-NLS-2$
		if (study.diagnostics().stream().anyMatch(d -> d.code().equals(FileDiagnostic.IO))) {
			return USAGE;
		}
		return study.hasErrors() ? FOUND_ERRORS : OK;
	}
}
