/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.tests.badinput;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.cogov.dsl.study.FileDiagnostic;
import org.cogov.dsl.study.LoadedStudy;
import org.cogov.dsl.study.StudyLoader;
import org.cogov.dsl.tests.StudyFixtures;

/** Loads bad input through the study loader and checks that what comes back is a located, readable error. */
final class LoadedProblems {

	/** What only a programmer reads: exception class names, EMF's object identities, the XML parser's ids. */
	private static final Pattern PROGRAMMERS_WORDS = Pattern.compile("Exception|Impl@|java\\.lang|org\\.xml\\.sax|publicId"); //$NON-NLS-1$

	private LoadedProblems() {
	}

	static LoadedStudy load(Path... paths) {
		return new StudyLoader(StudyFixtures.injector()).load(List.of(paths));
	}

	/** The errors of a load, each checked to name a file given and to read as a sentence for a modeler. */
	static List<FileDiagnostic> errors(LoadedStudy study, Path... given) {
		List<FileDiagnostic> errors = study.diagnostics().stream().filter(FileDiagnostic::isError).toList();
		assertFalse("no error at all", errors.isEmpty());
		for (FileDiagnostic error : errors) {
			assertTrue("an error about a file not given: " + error, List.of(given).contains(error.file()));
			assertFalse("an error without a message: " + error, error.message() == null || error.message().isBlank());
			assertFalse("programmer's words in an error: " + error, PROGRAMMERS_WORDS.matcher(error.message()).find());
			assertTrue("a negative position: " + error, error.line() >= 0 && error.column() >= 0);
		}
		return errors;
	}

	/** The one error expected: its code, its line (0 for a whole file or an XMI element) and words of its message. */
	static FileDiagnostic expect(List<FileDiagnostic> errors, String code, int line, String words) {
		FileDiagnostic match = errors.stream().filter(e -> e.code().equals(code) && e.message().contains(words)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + code + " error saying \"" + words + "\" among " + errors));
		assertEquals("line of " + match, line, match.line());
		return match;
	}
}
