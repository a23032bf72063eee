/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.cli;

import java.util.List;

import org.cogov.dsl.study.FileDiagnostic;
import org.cogov.dsl.study.LoadedStudy;

/** How the result-producing commands treat validation findings: broken files stop them, rule findings do not. */
final class Findings {

	private Findings() {
	}

	/**
	 * Prints the problems that make results meaningless (unreadable files, syntax and linking errors) and returns
	 * the exit code for them, or OK when there are none.
	 */
	static int reportBroken(LoadedStudy study, Terminal terminal) {
		List<FileDiagnostic> broken = study.diagnostics().stream().filter(Findings::isBroken).toList();
		broken.forEach(d -> terminal.err.println(d.format()));
		if (broken.stream().anyMatch(d -> d.code().equals(FileDiagnostic.IO))) {
			return Command.USAGE;
		}
		if (!broken.isEmpty()) {
			terminal.err.println("not analysed: fix the errors above (cogov check lists every finding)"); //$NON-NLS-1$
			return Command.FOUND_ERRORS;
		}
		if (study.cases().isEmpty()) {
			terminal.err.println("no case found in the files given"); //$NON-NLS-1$
			return Command.FOUND_ERRORS;
		}
		return Command.OK;
	}

	static boolean isBroken(FileDiagnostic diagnostic) {
		return diagnostic.isError() && !diagnostic.code().startsWith("COGOV-"); //$NON-NLS-1$
	}

	/** One line on standard error about the rule findings, which do not stop an analysis. */
	static void summarise(LoadedStudy study, Terminal terminal) {
		long errors = study.count(FileDiagnostic.Severity.ERROR);
		long warnings = study.count(FileDiagnostic.Severity.WARNING);
		if (errors + warnings > 0) {
			terminal.err.println("note: the study has " + errors + " rule error(s) and " + warnings //$NON-NLS-1$ //$NON-NLS-2$
					+ " warning(s); run cogov check to list them"); //$NON-NLS-1$
		}
	}
}
