/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.tests.badinput;

import static org.junit.Assert.assertFalse;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;

import org.cogov.dsl.study.FileDiagnostic;
import org.cogov.dsl.study.LoadedStudy;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * The stored corpus of bad study files ({@code test-data/bad-input}): wrong encodings, binary files, invisible and
 * full-width characters, deep nesting, circular parents and causes, and corrupt, truncated, hostile (DOCTYPE, external
 * entities, references to other kinds of file) and malformed XMI. Each file, loaded alone through the study loader,
 * gives the error named here, located by file and line (XMI rule and structure findings by element, as XMI keeps no
 * lines), in words for a modeler, and never an exception. Inputs that cannot be stored are in {@link UnusualFilesTest}.
 */
@RunWith(Parameterized.class)
public class BadInputCorpusTest {

	static final Path FOLDER = Path.of("test-data", "bad-input"); //$NON-NLS-1$ //$NON-NLS-2$

	@Parameters(name = "{0}")
	public static Collection<Object[]> corpus() {
		return Arrays.asList(new Object[][] {
			{ "binary-nul-bytes.cogov", "encoding", 3, "holds NUL bytes" },
			{ "binary-png-header.cogov", "encoding", 3, "is not a text file" },
			{ "cycle-causal-claims.cogov", "COGOV-E19", 8, "leads back to its own cause through Policy -> Meeting -> Policy" },
			{ "cycle-parents.cogov", "COGOV-E19", 5, "is its own parent through GO -> HR -> GO" },
			{ "cycle-self-parent.cogov", "COGOV-E19", 5, "is its own parent through HR -> HR" },
			{ "encoding-bom-then-syntax-error.cogov", "syntax", 3, "did you mean 'department'?" },
			{ "encoding-cr-line-ends.cogov", "syntax", 4, "did you mean 'department'?" },
			{ "encoding-gbk.cogov", "encoding", 3, "(it may be GBK-encoded)" },
			{ "encoding-invalid-utf8.cogov", "encoding", 4, "not UTF-8 text" },
			{ "encoding-only-bom.cogov", "syntax", 1, "expected 'study'" },
			{ "encoding-utf16be-no-bom.cogov", "encoding", 1, "UTF-16 text, not UTF-8" },
			{ "encoding-utf16le-bom.cogov", "encoding", 1, "UTF-16 text, not UTF-8" },
			{ "encoding-windows-1252-quotes.cogov", "encoding", 3, "not UTF-8 text" },
			{ "nesting-deep-braces.cogov", "syntax", 3, "unexpected '{'" },
			{ "text-empty.cogov", "syntax", 1, "expected 'study'" },
			{ "text-fullwidth-keyword.cogov", "syntax", 1, "full-width characters" },
			{ "text-int-overflow.cogov", "syntax", 6, "is too large: a whole number here can be at most 2147483647" },
			{ "text-zero-width-space.cogov", "syntax", 5, "unexpected 'U+200B' here" },
			{ "xmi-bad-date.xmi", "syntax", 5, "'last spring' is not legal" },
			{ "xmi-bad-enum.xmi", "syntax", 5, "'SOUTH' is not legal" },
			{ "xmi-billion-laughs.xmi", "syntax", 2, "declares a DOCTYPE, which CoGov refuses" },
			{ "xmi-binary.xmi", "syntax", 1, "not UTF-8 text" },
			{ "xmi-dangling-href.xmi", "structure", 0, "refers through 'source' to" },
			{ "xmi-ecore-href.xmi", "structure", 0, "xmi-ecore-href-target.ecore#/, which cannot be read" },
			{ "xmi-empty.xmi", "syntax", 1, "truncated or empty" },
			{ "xmi-external-dtd.xmi", "syntax", 2, "declares a DOCTYPE, which CoGov refuses" },
			{ "xmi-html-page.xmi", "syntax", 1, "declares a DOCTYPE, which CoGov refuses" },
			{ "xmi-link-to-nowhere.xmi", "syntax", 7, "Unresolved reference" },
			{ "xmi-mismatched-tag.xmi", "syntax", 7, "must be terminated by the matching end-tag" },
			{ "xmi-self-parent.xmi", "COGOV-E19", 0, "Department 'HR' in case 'A' is its own parent through HR -> HR" },
			{ "xmi-truncated.xmi", "syntax", 7, "truncated or empty" },
			{ "xmi-unknown-class.xmi", "syntax", 7, "Class 'Ministry' is not found" },
			{ "xmi-unknown-feature.xmi", "syntax", 4, "Feature 'population' not found" },
			{ "xmi-wrong-encoding.xmi", "syntax", 4, "not UTF-8 text" },
			{ "xmi-xxe-local-file.xmi", "syntax", 2, "declares a DOCTYPE, which CoGov refuses" },
		});
	}

	private final String file;
	private final String code;
	private final int line;
	private final String words;

	public BadInputCorpusTest(String file, String code, int line, String words) {
		this.file = file;
		this.code = code;
		this.line = line;
		this.words = words;
	}

	@Test
	public void givesALocatedReadableErrorAndNoException() {
		Path path = FOLDER.resolve(file).toAbsolutePath();
		LoadedStudy study = LoadedProblems.load(path);
		LoadedProblems.expect(LoadedProblems.errors(study, path), code, line, words);
		// nothing of the local file an external entity points at reaches a message or the model
		for (FileDiagnostic d : study.diagnostics()) {
			assertFalse(d.toString(), d.message().contains("root:")); //$NON-NLS-1$
		}
		for (Resource resource : study.resourceSet().getResources()) {
			assertFalse("read more than study files: " + resource.getURI(),
					resource.isLoaded() && !resource.getContents().isEmpty() && resource.getURI().toString().endsWith(".ecore"));
			resource.getAllContents().forEachRemaining(e -> assertFalse(e.toString(), e.toString().contains("root:")));
		}
	}
}
