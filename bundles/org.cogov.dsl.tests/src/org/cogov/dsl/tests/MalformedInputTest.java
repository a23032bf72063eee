/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.tests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import com.google.inject.Injector;

/**
 * Malformed input gives a located error worded for a modeler, never an exception: each input below must yield
 * an error on the expected line whose message contains the expected words.
 */
@RunWith(Parameterized.class)
public class MalformedInputTest {

	private static final String HEAD = "study S\ncase A {\n\tdepartment DA data-authority\n\tdepartment PS public-security\n"
			+ "\tenterprise CSOE private\n";

	@Parameters(name = "{0}")
	public static Collection<Object[]> inputs() {
		return Arrays.asList(new Object[][] {
			{ "truncated file", HEAD + "\tphase P {\n\t\tbody JM joint-meeting", 7, "the file ends too early" },
			{ "misspelt keyword", HEAD + "\tdepartmnt HR\n}\n", 6, "did you mean 'department'?" },
			{ "unknown keyword", HEAD + "\tministry HR\n}\n", 6, "unexpected 'ministry'" },
			{ "unknown department in a link", HEAD + "\tlink PSB <-> DA data-sharing\n}\n", 6,
					"unknown department 'PSB' in case 'A'; did you mean 'PS'?" },
			{ "enterprise where a department is expected", HEAD + "\tdepartment HR parent CSOE\n}\n", 6, "unknown department 'CSOE'" },
			{ "unknown actor in a role", HEAD + "\tphase P {\n\t\trole PSX builder\n\t}\n}\n", 7, "unknown actor 'PSX'" },
			{ "unknown source in evidence", HEAD + "\tmechanism VI value-integration {\n\t\tevidence G99 hoop\n\t}\n}\n", 7,
					"unknown source 'G99'" },
			{ "duplicate department", HEAD + "\tdepartment DA finance\n}\n", 6, "COGOV-E17" },
			{ "impossible date", HEAD + "\tphase P from 2021-02-30 {\n\t}\n}\n", 6, "'2021-02-30' is not a calendar date" },
			{ "short date", HEAD + "\tphase P from 2021-2-3 {\n\t}\n}\n", 6, "unexpected" },
			{ "date where a count is expected", HEAD + "\tphase P {\n\t\tbody JM joint-meeting meets 2021-01-01 per year\n\t}\n}\n", 7,
					"unexpected '2021-01-01'" },
			{ "share above 100%", HEAD + "\tphase P {\n\t\tbenefit B {\n\t\t\tCSOE 150% fixed-fee\n\t\t}\n\t}\n}\n", 8, "COGOV-E18" },
			{ "negative share", HEAD + "\tphase P {\n\t\tbenefit B {\n\t\t\tCSOE -10% fixed-fee\n\t\t}\n\t}\n}\n", 8, "unexpected" },
			{ "percentage as a weight", HEAD + "\tphase P {\n\t\tdecision D strategy weight 50% {\n\t\t\tfinal DA\n\t\t}\n\t}\n}\n", 7,
					"unexpected '50%'" },
			{ "score out of range", HEAD + "\tfactor T1 technological strong score 1.7\n}\n", 6, "COGOV-E18" },
			{ "unterminated string", HEAD + "\tdepartment HR \"人社局 human-resources\n}\n", 6, "unterminated string" },
			{ "stray Unicode brackets", HEAD + "\tdepartment HR【人社局】\n}\n", 6, "【" },
			{ "name missing", HEAD + "\tdepartment \"人社局\"\n}\n", 6, "a name is missing" },
			{ "number as a name", HEAD + "\tdepartment 123 finance\n}\n", 6, "unexpected '123'" },
			{ "misspelt enum word", HEAD + "\tdepartment HR human-resourcez\n}\n", 6, "misspelt or unknown" },
			{ "clauses in the wrong order", HEAD + "\tphase P {\n\t\tbody JM chair DA joint-meeting\n\t}\n}\n", 7, "unexpected 'chair'" },
			{ "extra closing brace", HEAD + "}\n}\n", 7, "unexpected '}'" },
			{ "missing closing brace of a phase", HEAD + "\tphase P {\n\t\trole DA planner\n}\n", 8, "the file ends too early" },
			{ "empty file", "", 1, "expected 'study'" },
			{ "only a comment", "// nothing here\n", 1, "expected 'study'" },
			{ "control characters", "study S\u0000\u0001 case A {}\n", 1, "" },
			{ "case without study header", "case A {\n}\n", 1, "expected 'study'" },
			{ "link to itself", HEAD + "\tlink PS <-> PS data-sharing\n}\n", 6, "COGOV-E08" },
		});
	}

	private static Injector injector;

	@BeforeClass
	public static void createInjector() {
		injector = StudyFixtures.injector();
	}

	private final String text;
	private final int line;
	private final String expected;

	public MalformedInputTest(String name, String text, int line, String expected) {
		this.text = text;
		this.line = line;
		this.expected = expected;
	}

	@Test
	public void givesALocatedReadableError() throws Exception {
		XtextResource resource = StudyFixtures.parse(injector, "bad.cogov", text);
		List<Issue> issues = StudyFixtures.issues(resource);
		List<Issue> errors = issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
		assertFalse("no error for:\n" + text, errors.isEmpty());
		for (Issue error : errors) {
			assertNotNull("error without a line: " + error, error.getLineNumber());
			assertTrue("error without a column: " + error, error.getColumn() != null && error.getColumn() >= 1);
			assertFalse("internal exception text shown to the user: " + error, error.getMessage().contains("Exception"));
		}
		assertTrue("expected an error on line " + line + " containing \"" + expected + "\", got " + errors,
				errors.stream().anyMatch(e -> e.getLineNumber() == line && e.getMessage().contains(expected)));
	}
}
