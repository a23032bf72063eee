/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.editor;

import java.util.List;

import org.cogov.dsl.ide.editing.Formatting;
import org.cogov.dsl.ide.editing.StudyDocument;
import org.cogov.ui.CogovUiPlugin;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/** Formats the CoGov file in the active editor (Ctrl+Shift+F) as one undoable change. */
public class FormatStudyHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor)) {
			return null;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		StudyDocument model = CogovUiPlugin.get().documents().forDocument(document);
		if (model == null) {
			return null;
		}
		model.update(document.get());
		List<Formatting.Edit> edits = Formatting.edits(model);
		MultiTextEdit change = new MultiTextEdit();
		for (Formatting.Edit edit : edits) {
			change.addChild(new ReplaceEdit(edit.offset(), edit.length(), edit.text()));
		}
		try {
			change.apply(document);
		} catch (MalformedTreeException | BadLocationException e) {
			CogovUiPlugin.log("formatting failed", e); //$NON-NLS-1$
		}
		return null;
	}
}
