/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cogov.dsl.ide.drawing.DiagramEdit;
import org.cogov.dsl.ide.drawing.EditOutcome;
import org.cogov.dsl.ide.drawing.TextChange;
import org.cogov.dsl.ide.drawing.TextChange.FileEdits;
import org.cogov.dsl.ide.editing.StudyDocument;
import org.cogov.dsl.ide.editing.StudyWorkspace;
import org.cogov.model.PlatformCase;
import org.cogov.model.Study;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * A copy of example study files in a folder, one of them open as a document, with the texts of all files as the
 * editor would hold them: diagram edits are applied to these texts, undone, and the texts re-read.
 */
final class DrawnStudy {

	static final String LINKING = "org.eclipse.xtext.diagnostics.Diagnostic.Linking";

	final Injector injector;
	final File folder;
	final Map<URI, String> texts = new LinkedHashMap<>();
	final StudyDocument document;

	/** Copies the files into the folder (optionally replacing the text of the open one) and opens the first. */
	DrawnStudy(Injector injector, File folder, String openText, String... exampleFiles) throws Exception {
		this(injector, folder, openText, Map.of(), exampleFiles);
	}

	/** Also writes more files (name to text) into the folder, as files of the study that are not open. */
	DrawnStudy(Injector injector, File folder, String openText, Map<String, String> moreFiles, String... exampleFiles) throws Exception {
		this.injector = injector;
		this.folder = folder;
		Map<String, String> files = new LinkedHashMap<>();
		for (String name : exampleFiles) {
			files.put(name, files.isEmpty() && openText != null ? openText : read(name));
		}
		files.putAll(moreFiles);
		for (Map.Entry<String, String> file : files.entrySet()) {
			File copy = new File(folder, file.getKey());
			Files.writeString(copy.toPath(), file.getValue(), StandardCharsets.UTF_8);
			texts.put(URI.createFileURI(copy.getAbsolutePath()), file.getValue());
		}
		document = new StudyWorkspace(injector).document(texts.keySet().iterator().next());
		document.update(text());
	}

	/** The text of an example file. */
	static String read(String exampleFile) throws Exception {
		return Files.readString(new File(StudyFixtures.examplesFolder(), exampleFile).toPath(), StandardCharsets.UTF_8);
	}

	DiagramEdit edit() {
		return new DiagramEdit(document);
	}

	String text() {
		return texts.get(document.uri());
	}

	String text(String fileName) {
		return texts.entrySet().stream().filter(e -> e.getKey().lastSegment().equals(fileName)).map(Map.Entry::getValue).findFirst()
				.orElseThrow();
	}

	PlatformCase caseA() {
		return ((Study) document.resource().getContents().get(0)).getCases().get(0);
	}

	/** The change of an outcome that must be a change. */
	static TextChange changed(EditOutcome outcome) {
		if (!(outcome instanceof EditOutcome.Changed changed)) {
			throw new AssertionError("expected a change, got " + outcome);
		}
		return changed.change();
	}

	/**
	 * Applies the change to the texts as an editor would (checking that the inverse restores every file byte for
	 * byte), and re-reads the open document from its new text.
	 */
	void apply(TextChange change) throws Exception {
		Map<URI, String> before = new LinkedHashMap<>(texts);
		for (FileEdits edits : change.files()) {
			assertTrue("edits for a file of the study: " + edits.uri(), texts.containsKey(edits.uri()));
			texts.put(edits.uri(), edits.applyTo(texts.get(edits.uri())));
		}
		for (FileEdits undo : change.inverse().files()) {
			assertEquals("undo restores " + undo.uri().lastSegment(), before.get(undo.uri()), undo.applyTo(texts.get(undo.uri())));
		}
		for (Map.Entry<URI, String> file : texts.entrySet()) {
			Files.writeString(new File(file.getKey().toFileString()).toPath(), file.getValue(), StandardCharsets.UTF_8);
			if (!file.getKey().equals(document.uri())) {
				document.workspace().fileChanged(file.getKey());
			}
		}
		document.update(text());
	}

	/** Syntax and linking errors of every file, read afresh from the texts. */
	List<String> brokenReferencesAndSyntax() {
		XtextResourceSet set = StudyFixtures.load(injector,
				texts.keySet().stream().map(uri -> new File(uri.toFileString())).collect(Collectors.toList()));
		List<String> problems = new ArrayList<>();
		for (Resource resource : set.getResources()) {
			for (Issue issue : StudyFixtures.issues(resource)) {
				if (issue.isSyntaxError() || LINKING.equals(issue.getCode())) {
					problems.add(resource.getURI().lastSegment() + ":" + issue.getLineNumber() + " " + issue.getMessage());
				}
			}
		}
		return problems;
	}

	/** The lines of a text that hold a comment. */
	static List<String> commentLines(String text) {
		return text.lines().filter(line -> line.contains("//") || line.contains("/*")).collect(Collectors.toList());
	}

	static void assertNoProblems(DrawnStudy study) {
		List<String> problems = study.brokenReferencesAndSyntax();
		if (!problems.isEmpty()) {
			fail("problems after the edit: " + problems + "\n" + study.text());
		}
	}
}
