/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.util.List;

import org.cogov.dsl.ide.CogovIdeSetup;
import org.cogov.dsl.ide.editing.Completion;
import org.cogov.dsl.ide.editing.Formatting;
import org.cogov.dsl.ide.editing.Highlighting;
import org.cogov.dsl.ide.editing.Highlighting.Span;
import org.cogov.dsl.ide.editing.Highlighting.Style;
import org.cogov.dsl.ide.editing.Navigation;
import org.cogov.dsl.ide.editing.Outline;
import org.cogov.dsl.ide.editing.StudyDocument;
import org.cogov.dsl.ide.editing.StudyWorkspace;
import org.cogov.model.GovernmentDepartment;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.google.inject.Injector;

/** The headless editor services the workbench's CoGov editor is built on. */
public class EditingServicesTest {

	private static final String SOURCES = "study S\nsources {\n\tinterviewee G01 side government affiliation A.DA\n}\n";
	private static final String CASE = "study S\n// the pilot county\ncase A \"甲县\" {\n\tdepartment DA \"大数据局\" data-authority\n"
			+ "\tdepartment PS public-security\n\tenterprise CSOE private\n\tlink DA <-> PS data-sharing\n"
			+ "\tmechanism VI value-integration {\n\t\tevidence G01 hoop\n\t}\n}\n";

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private static Injector injector;

	@BeforeClass
	public static void createInjector() {
		injector = new CogovIdeSetup().createInjectorAndDoEMFRegistration();
	}

	private StudyDocument open(String text) throws Exception {
		File sources = folder.newFile("sources.cogov");
		Files.writeString(sources.toPath(), SOURCES);
		File file = folder.newFile("a.cogov");
		Files.writeString(file.toPath(), text);
		StudyDocument document = new StudyWorkspace(injector).document(URI.createFileURI(file.getAbsolutePath()));
		document.update(text);
		return document;
	}

	@Test
	public void referencesAcrossFilesResolveAndValidationRuns() throws Exception {
		StudyDocument document = open(CASE);
		assertTrue(document.validate(org.eclipse.xtext.util.CancelIndicator.NullImpl).stream()
				.noneMatch(i -> i.isSyntaxError() || "org.eclipse.xtext.diagnostics.Diagnostic.Linking".equals(i.getCode())));
		document.update(CASE.replace("link DA <-> PS", "link DA <-> PSX"));
		assertTrue(document.validate(org.eclipse.xtext.util.CancelIndicator.NullImpl).stream()
				.anyMatch(i -> i.getMessage().startsWith("unknown department 'PSX'")));
	}

	@Test
	public void completionProposesDepartmentsAndWords() throws Exception {
		String text = CASE.replace("link DA <-> PS data-sharing", "link DA <-> ");
		StudyDocument document = open(text);
		int offset = text.indexOf("link DA <-> ") + "link DA <-> ".length();
		List<String> labels = Completion.at(document, offset).stream().map(Completion.Proposal::label).toList();
		assertTrue(labels.toString(), labels.contains("PS"));
		document.update(CASE);
		int beforeExisting = CASE.indexOf("link DA <-> PS") + "link DA <-> ".length();
		List<String> overExisting = Completion.at(document, beforeExisting).stream().map(Completion.Proposal::label).toList();
		assertTrue("completion before an existing name: " + overExisting, overExisting.contains("DA"));
		String dept = CASE.replace("department PS public-security", "department PS ");
		document.update(dept);
		List<String> words = Completion.at(document, dept.indexOf("department PS ") + "department PS ".length()).stream()
				.map(Completion.Proposal::label).toList();
		assertTrue(words.toString(), words.contains("data-authority") && words.contains("vertical"));
	}

	@Test
	public void hoverAndDefinitionAcrossFiles() throws Exception {
		StudyDocument document = open(CASE);
		int onReference = CASE.indexOf("evidence G01") + "evidence G".length();
		Navigation.Location definition = Navigation.definition(document, onReference);
		assertNotNull(definition);
		assertTrue(definition.uri().toString(), definition.uri().toString().endsWith("sources.cogov"));
		assertEquals(SOURCES.indexOf("G01"), definition.offset());
		assertNull("not on a reference", Navigation.definition(document, CASE.indexOf("study")));
		String hover = Navigation.hover(document, CASE.indexOf("link DA") + "link D".length());
		assertTrue(hover, hover.startsWith("**department 'DA'** \u2014 大数据局"));
		EObject at = Navigation.containingElementAt(document, CASE.indexOf("public-security"));
		assertTrue(at instanceof GovernmentDepartment department && department.getName().equals("PS"));
	}

	@Test
	public void formattingEditsKeepCommentsAndFormat() throws Exception {
		String messy = "study S\n// the pilot county\ncase A {department DA   data-authority}";
		StudyDocument document = open(messy);
		String formatted = Formatting.apply(messy, Formatting.edits(document));
		assertEquals("study S\n\n// the pilot county\ncase A {\n\tdepartment DA data-authority\n}\n", formatted);
		document.update("study S case A {");
		assertTrue("no formatting of broken text", Formatting.edits(document).isEmpty());
	}

	@Test
	public void highlightingKnowsKeywordsValuesAndWhatReferencesPointTo() throws Exception {
		StudyDocument document = open(CASE);
		List<Span> lexical = Highlighting.lexical(injector, CASE);
		assertTrue(has(lexical, CASE.indexOf("department"), Style.KEYWORD));
		assertTrue(has(lexical, CASE.indexOf("data-authority"), Style.VALUE_WORD));
		assertTrue(has(lexical, CASE.indexOf("\"甲县\""), Style.STRING));
		assertTrue(has(lexical, CASE.indexOf("// the pilot"), Style.COMMENT));
		List<Span> semantic = Highlighting.semantic(document);
		assertTrue(has(semantic, CASE.indexOf("link DA") + 5, Style.DEPARTMENT));
		assertTrue(has(semantic, CASE.indexOf("evidence G01") + 9, Style.SOURCE));
		assertTrue(has(semantic, CASE.indexOf("CSOE"), Style.DECLARATION));
	}

	@Test
	public void outlineNestsNamedElements() throws Exception {
		StudyDocument document = open(CASE);
		List<Outline.Entry> roots = Outline.of(document);
		assertEquals(1, roots.size());
		Outline.Entry caseEntry = roots.get(0).children().get(0);
		assertEquals("case", caseEntry.kind());
		assertEquals("甲县", caseEntry.label());
		assertEquals(List.of("DA", "PS", "CSOE", "VI"), caseEntry.children().stream().map(Outline.Entry::name).toList());
		assertEquals(CASE.indexOf("DA \"大数据局\""), caseEntry.children().get(0).offset());
		assertFalse(caseEntry.children().get(0).fragment().isEmpty());
	}

	private static boolean has(List<Span> spans, int offset, Style style) {
		return spans.stream().anyMatch(s -> s.offset() == offset && s.style() == style);
	}
}
