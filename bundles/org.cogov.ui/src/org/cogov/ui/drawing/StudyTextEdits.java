/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.drawing;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.cogov.dsl.ide.drawing.TextChange;
import org.cogov.dsl.ide.editing.StudyDocument;
import org.cogov.ui.editor.StudyDocuments;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Writes a diagram edit into the study's text the way a user's typing would: into the documents of the files'
 * editors (opened without taking the focus when a rename reaches a file not yet open), each file's edits as one
 * step of its editor's undo history, so that the editor shows the change at once, the file is dirty until saved,
 * and Undo in the editor or the diagram takes the edit back. The changed files' models are brought up to date at
 * once, so the next edit can follow without waiting for the editor's reconciler.
 */
public final class StudyTextEdits {

	/** A change cannot be written: a file is not in the workspace, cannot be opened, or changed meanwhile. */
	public static final class NotWritten extends Exception {
		private static final long serialVersionUID = 1L;

		NotWritten(String message) {
			super(message);
		}
	}

	private record Target(IFile file, IDocument document, TextChange.FileEdits edits) {
	}

	private StudyTextEdits() {
	}

	/** Applies every file's edits, or none of them when one file cannot take its edits. */
	public static void apply(TextChange change, StudyDocuments documents, IWorkbenchPage page) throws NotWritten {
		List<Target> targets = new ArrayList<>();
		for (TextChange.FileEdits edits : change.files()) {
			IFile file = fileOf(edits.uri());
			IDocument document = documentOf(file, page);
			if (!edits.appliesTo(document.get())) {
				throw new NotWritten(Messages.bind(Messages.Edit_stale, file.getName()));
			}
			targets.add(new Target(file, document, edits));
		}
		for (Target target : targets) {
			IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(target.document());
			if (undo != null) {
				undo.beginCompoundChange();
			}
			try {
				List<TextChange.TextEdit> edits = target.edits().edits();
				for (int i = edits.size() - 1; i >= 0; i--) { // last first: earlier offsets stay valid
					TextChange.TextEdit edit = edits.get(i);
					target.document().replace(edit.offset(), edit.length(), edit.text());
				}
			} catch (BadLocationException e) {
				throw new IllegalStateException("checked edits left the document", e); //$NON-NLS-1$
			} finally {
				if (undo != null) {
					undo.endCompoundChange();
				}
			}
			StudyDocument model = documents.forFile(target.file());
			if (model != null) {
				model.update(target.document().get());
			}
		}
	}

	/** The text of a study file as its editor holds it, opening the editor in the background if needed. */
	public static IDocument documentOf(IFile file, IWorkbenchPage page) throws NotWritten {
		IEditorPart editor;
		try {
			editor = page.findEditor(new org.eclipse.ui.part.FileEditorInput(file));
			if (editor == null) {
				editor = IDE.openEditor(page, file, false);
			}
		} catch (PartInitException e) {
			throw new NotWritten(Messages.bind(Messages.Edit_cannotOpen, file.getName(), e.getMessage()));
		}
		if (!(editor instanceof ITextEditor text)) {
			throw new NotWritten(Messages.bind(Messages.Edit_cannotOpen, file.getName(), editor == null ? "" : editor.getTitle())); //$NON-NLS-1$
		}
		return text.getDocumentProvider().getDocument(text.getEditorInput());
	}

	private static IFile fileOf(URI uri) throws NotWritten {
		IFile[] files = uri.isFile()
				? ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(new File(uri.toFileString()).toURI())
				: new IFile[0];
		if (files.length == 0) {
			throw new NotWritten(Messages.bind(Messages.Edit_notInWorkspace, uri.toString()));
		}
		return files[0];
	}
}
