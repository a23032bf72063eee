/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.cogov.dsl.ide.editing.Navigation;
import org.cogov.dsl.ide.editing.StudyDocument;
import org.cogov.model.PlatformCase;
import org.cogov.model.Study;
import org.cogov.ui.CogovUiPlugin;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Which case the analysis and diagram views show: the case around the caret of a CoGov editor, or the first case
 * of a .cogov file selected in the Project Explorer.
 */
public final class CaseFocus {

	/** A case and the document model it was found in. */
	public record Focus(StudyDocument document, PlatformCase platformCase) {
	}

	private CaseFocus() {
	}

	/** The case a selection in a part points at, or null. */
	public static Focus of(IWorkbenchPart part, ISelection selection) {
		if (part instanceof ITextEditor editor && selection instanceof ITextSelection text) {
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			StudyDocument model = document == null ? null : CogovUiPlugin.get().documents().forDocument(document);
			if (model == null) {
				return null;
			}
			if (model.resource() == null) {
				model.update(document.get());
			}
			return new Focus(model, caseAt(model, text.getOffset()));
		}
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			if (file != null && "cogov".equals(file.getFileExtension())) { //$NON-NLS-1$
				StudyDocument model = CogovUiPlugin.get().documents().forFile(file);
				if (model != null && model.resource() == null) {
					model.update(read(file));
				}
				return model == null ? null : new Focus(model, caseAt(model, 0));
			}
		}
		return null;
	}

	private static PlatformCase caseAt(StudyDocument model, int offset) {
		synchronized (model.lock()) {
			EObject element = Navigation.containingElementAt(model, offset);
			for (EObject e = element; e != null; e = e.eContainer()) {
				if (e instanceof PlatformCase platformCase) {
					return platformCase;
				}
			}
			if (model.resource() != null && !model.resource().getContents().isEmpty()
					&& model.resource().getContents().get(0) instanceof Study study && !study.getCases().isEmpty()) {
				return study.getCases().get(0);
			}
			return null;
		}
	}

	private static String read(IFile file) {
		try (InputStream in = file.getContents()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException | CoreException e) {
			return ""; //$NON-NLS-1$
		}
	}
}
