/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.cli.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.dsl.study.FileDiagnostic;
import org.cogov.dsl.study.LoadedStudy;
import org.cogov.dsl.study.StudyLoader;
import org.cogov.report.StudyResults;

/**
 * What the study loader promises for any input, checked after every fuzzed load: it returns (nothing escapes), every
 * problem names one of the files given, has a code and a message, and sits on a line the file has; a syntax or
 * encoding error of a text file names its line. When no file is broken, the analyses of {@code cogov analyze}
 * run on the result without failing either. A broken promise throws {@link BrokenPromise}, which the fuzzer reports
 * with the input that caused it.
 */
final class LoaderContract {

	/** A promise of the loader that an input broke. */
	static final class BrokenPromise extends AssertionError {
		private static final long serialVersionUID = 1L;

		BrokenPromise(String message) {
			super(message);
		}
	}

	private LoaderContract() {
	}

	/** As in the cogov command: errors only, so that the fuzzer's output stays readable. */
	static void quietLogging() {
		org.cogov.cli.CogovCommand.quietLogging();
	}

	/** Writes the input as the file, loads the files as {@code cogov analyze} does and checks every promise. */
	static void loadAndCheck(byte[] input, Path file, List<Path> files) throws IOException {
		Files.write(file, input);
		LoadedStudy study = StudyLoader.standalone().load(files, true, StudyLoader.Progress.NONE);
		long lines = lineCount(input);
		Set<Path> given = Set.copyOf(files);
		for (FileDiagnostic d : study.diagnostics()) {
			if (d.file() == null || !given.contains(d.file())) {
				throw new BrokenPromise("a problem names no file given: " + d);
			}
			if (d.code() == null || d.message() == null || d.message().isBlank()) {
				throw new BrokenPromise("a problem without code or message: " + d);
			}
			if (d.line() < 0 || d.column() < 0 || d.file().equals(file) && d.line() > lines + 1) {
				throw new BrokenPromise("a problem on a line the file does not have (" + lines + " lines): " + d);
			}
			boolean text = file.toString().endsWith(".cogov"); //$NON-NLS-1$
			if (text && d.file().equals(file) && d.isError() && d.line() < 1
					&& (d.code().equals(FileDiagnostic.SYNTAX) || d.code().equals(FileDiagnostic.ENCODING))) {
				throw new BrokenPromise("a syntax or encoding error without its line: " + d);
			}
		}
		boolean broken = study.diagnostics().stream().anyMatch(d -> d.isError() && !d.code().startsWith("COGOV-")); //$NON-NLS-1$
		if (!broken) {
			new StudyResults(study, ClassificationParameters.defaults(), Locale.ENGLISH); // classify and measure every case
		}
	}

	/** Lines as the parser counts them: CR LF, LF and a lone CR (old Mac files) each end a line. */
	static long lineCount(byte[] input) {
		long lines = 1;
		for (int i = 0; i < input.length; i++) {
			if (input[i] == '\n' || input[i] == '\r' && (i + 1 == input.length || input[i + 1] != '\n')) {
				lines++;
			}
		}
		return lines;
	}
}
