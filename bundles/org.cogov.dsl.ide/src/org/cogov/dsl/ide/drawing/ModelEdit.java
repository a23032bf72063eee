/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.ide.drawing;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cogov.dsl.ide.drawing.TextChange.FileEdits;
import org.cogov.dsl.ide.drawing.TextChange.TextEdit;
import org.cogov.dsl.ide.editing.StudyDocument;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

/**
 * One edit of the study's models turned into text edits, computed on the live models of the study folder and then
 * undone, so that the text stays the single source of truth: the caller applies the text edits to the editor's
 * document, whose re-parse brings the edit into the model.
 * <p>
 * The changes are made under a recorder of EMF changes and handed to Xtext's change serializer, which writes the
 * changed parts of the text (new statements formatted by the language's formatter, references renamed in every
 * file). Statements deleted whole are cut by their lines instead ({@link StatementLines}). Afterwards the recorded
 * changes are reverted: the models, their node models and the index of names are as before.
 */
final class ModelEdit {

	/** Thrown while preparing an edit to refuse it; the message is in modeler words. */
	static final class Refusal extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Refusal(String reason) {
			super(reason, null, false, false);
		}
	}

	private final StudyDocument document;
	private final String description;
	private final Set<Resource> files = new LinkedHashSet<>();
	private final List<EObject> statements = new ArrayList<>();
	private final List<Runnable> changes = new ArrayList<>();

	ModelEdit(StudyDocument document, String description) {
		this.document = document;
		this.description = description;
		files.add(document.resource());
	}

	/** The files may change too (files that refer to a renamed element, hold a referrer of a deleted one). */
	ModelEdit touching(Collection<Resource> more) {
		more.stream().filter(r -> r != null).forEach(files::add);
		return this;
	}

	/** Deletes a statement of its own with its lines. */
	ModelEdit deletingStatement(EObject statement) {
		statements.add(statement);
		files.add(statement.eResource());
		return this;
	}

	/** A change of the model that Xtext's change serializer writes into the text. */
	ModelEdit changing(Runnable change) {
		changes.add(change);
		return this;
	}

	TextChange compute() {
		Map<Resource, String> texts = new LinkedHashMap<>();
		for (Resource file : files) {
			texts.put(file, textOf(file));
		}
		Map<Resource, List<TextEdit>> cuts = new LinkedHashMap<>();
		for (EObject statement : statements) {
			cuts.computeIfAbsent(statement.eResource(), f -> new ArrayList<>()).add(StatementLines.deletion(texts.get(statement.eResource()), statement));
		}
		Map<Resource, List<TextEdit>> rewrites = new LinkedHashMap<>();
		ChangeRecorder undo = new ChangeRecorder(new ArrayList<>(files));
		NameIndexPatch index = new NameIndexPatch(document.resource().getResourceSet());
		try {
			serialize(texts, rewrites, index);
		} finally {
			ChangeDescription undoing = undo.endRecording();
			undo.dispose();
			if (undoing != null) {
				undoing.apply();
			}
			index.restore();
		}
		List<FileEdits> result = new ArrayList<>();
		for (Resource file : files) {
			List<TextEdit> all = new ArrayList<>(rewrites.getOrDefault(file, List.of()));
			List<TextEdit> lineCuts = new ArrayList<>();
			for (TextEdit cut : cuts.getOrDefault(file, List.of())) {
				List<TextEdit> covered = all.stream().filter(edit -> overlap(edit, cut)).toList();
				// Xtext's own deletion of the statement (blank replacements) gives way to the cut by lines; a
				// statement inside an element that Xtext rewrote is already gone from the rewrite
				if (covered.stream().allMatch(edit -> edit.text().isBlank())) {
					all.removeAll(covered);
					lineCuts.add(cut);
				}
			}
			all.addAll(joined(texts.get(file), lineCuts));
			List<TextEdit> minimal = MinimalEdits.of(texts.get(file), all);
			if (!minimal.isEmpty()) {
				result.add(FileEdits.of(file.getURI(), texts.get(file), minimal));
			}
		}
		checkReadable(texts, result);
		return new TextChange(description, result);
	}

	/** Runs the changes through Xtext's change serializer and keeps its replacements per file. */
	private void serialize(Map<Resource, String> texts, Map<Resource, List<TextEdit>> rewrites, NameIndexPatch index) {
		IChangeSerializer serializer = injector().getInstance(IChangeSerializer.class);
		// every file that may change is recorded: Xtext finds other referring files through an index of
		// references, which the study's index of names does not keep
		for (Resource file : files) {
			serializer.addModification(file, f -> {
			});
		}
		serializer.addModification(document.resource(), f -> {
			statements.forEach(EcoreUtil::remove);
			changes.forEach(Runnable::run);
		});
		serializer.addModification(document.resource(), f -> index.announce(files));
		serializer.applyModifications(change -> {
			if (!(change instanceof ITextDocumentChange textChange)) {
				return;
			}
			Resource file = files.stream().filter(f -> f.getURI().equals(textChange.getOldURI())).findFirst()
					.orElseThrow(() -> new IllegalStateException("the edit changed a file it did not expect: " + textChange.getOldURI())); //$NON-NLS-1$
			String text = texts.get(file);
			for (ITextReplacement replacement : textChange.getReplacements()) {
				int end = replacement.getOffset() + replacement.getLength();
				rewrites.computeIfAbsent(file, f -> new ArrayList<>()).add(new TextEdit(replacement.getOffset(), replacement.getLength(),
						replacement.getReplacementText(), text.substring(replacement.getOffset(), end)));
			}
		});
	}

	/** The text a file was parsed from; refuses files that are not CoGov text or do not parse. */
	private static String textOf(Resource file) {
		String name = file.getURI().lastSegment();
		if (!(file instanceof XtextResource text) || text.getParseResult() == null) {
			throw new Refusal(name + " is not a CoGov text file"); //$NON-NLS-1$
		}
		if (text.getParseResult().hasSyntaxErrors()) {
			throw new Refusal(name + " has syntax errors: correct them before editing in the diagram"); //$NON-NLS-1$
		}
		return text.getParseResult().getRootNode().getText();
	}

	/** A last guard: an edit that would leave a file unreadable is refused instead of damaging the document. */
	private void checkReadable(Map<Resource, String> texts, List<FileEdits> result) {
		IParser parser = injector().getInstance(IParser.class);
		for (FileEdits edits : result) {
			String text = texts.keySet().stream().filter(f -> f.getURI().equals(edits.uri())).map(texts::get).findFirst().orElseThrow();
			IParseResult parsed = parser.parse(new StringReader(edits.applyTo(text)));
			if (parsed.hasSyntaxErrors()) {
				INode error = parsed.getSyntaxErrors().iterator().next();
				throw new Refusal("the edit would leave " + edits.uri().lastSegment() + " unreadable at line " + error.getStartLine() //$NON-NLS-1$ //$NON-NLS-2$
						+ " (" + error.getSyntaxErrorMessage().getMessage() + "); please report this"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private Injector injector() {
		return document.workspace().injector();
	}

	private static boolean overlap(TextEdit a, TextEdit b) {
		return a.offset() < b.offset() + b.length() && b.offset() < a.offset() + a.length();
	}

	/** The cuts, overlapping ones (statements on one line, both deleted) joined into one. */
	private static List<TextEdit> joined(String text, List<TextEdit> cuts) {
		List<TextEdit> sorted = new ArrayList<>(cuts);
		sorted.sort(Comparator.comparingInt(TextEdit::offset));
		List<TextEdit> result = new ArrayList<>();
		for (TextEdit cut : sorted) {
			TextEdit last = result.isEmpty() ? null : result.get(result.size() - 1);
			if (last != null && cut.offset() <= last.offset() + last.length()) {
				int to = Math.max(last.offset() + last.length(), cut.offset() + cut.length());
				result.set(result.size() - 1, new TextEdit(last.offset(), to - last.offset(), "", text.substring(last.offset(), to))); //$NON-NLS-1$
			} else {
				result.add(cut);
			}
		}
		return result;
	}
}
