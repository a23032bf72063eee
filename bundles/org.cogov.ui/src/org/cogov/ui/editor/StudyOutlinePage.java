/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.editor;

import java.util.List;
import java.util.function.Consumer;

import org.cogov.dsl.ide.editing.Outline;
import org.cogov.dsl.ide.editing.StudyDocument;
import org.cogov.ui.CogovUiPlugin;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** The outline of a CoGov file: its named elements, nested as in the model; selecting one reveals it in the text. */
public class StudyOutlinePage extends ContentOutlinePage {

	private final ITextEditor editor;
	private final Consumer<StudyDocument> listener = this::modelChanged;
	private final ISelectionChangedListener caretListener = this::caretMoved;

	public StudyOutlinePage(ITextEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return ((Outline.Entry) parent).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((Outline.Entry) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				Outline.Entry entry = (Outline.Entry) element;
				return entry.kind() + " " + entry.name() + (entry.label() == null ? "" : "  " + entry.label()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		});
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof Outline.Entry entry && getTreeViewer().getTree().isFocusControl()) {
				editor.selectAndReveal(entry.offset(), entry.length());
			}
		});
		CogovUiPlugin.get().documents().addListener(listener);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.addPostSelectionChangedListener(caretListener);
		}
		StudyDocument document = document();
		if (document != null && document.resource() != null) {
			viewer.setInput(Outline.of(document));
			viewer.expandToLevel(3);
		}
	}

	private StudyDocument document() {
		return CogovUiPlugin.get().documents()
				.forDocument(editor.getDocumentProvider().getDocument(editor.getEditorInput()));
	}

	private void modelChanged(StudyDocument changed) {
		if (changed != document()) {
			return;
		}
		List<Outline.Entry> entries = Outline.of(changed);
		if (getControl() != null && !getControl().isDisposed()) {
			getControl().getDisplay().asyncExec(() -> {
				TreeViewer viewer = getTreeViewer();
				if (viewer != null && !viewer.getControl().isDisposed()) {
					Object[] expanded = viewer.getExpandedElements();
					viewer.setInput(entries);
					viewer.expandToLevel(expanded.length == 0 ? 3 : 2);
				}
			});
		}
	}

	/** Selects the innermost entry around the editor's caret, so that the outline follows the text and diagrams. */
	private void caretMoved(SelectionChangedEvent event) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed() || viewer.getTree().isFocusControl()
				|| !(event.getSelection() instanceof ITextSelection text) || !(viewer.getInput() instanceof List<?> roots)) {
			return;
		}
		Outline.Entry innermost = null;
		List<?> level = roots;
		boolean deeper = true;
		while (deeper) {
			deeper = false;
			for (Object each : level) {
				Outline.Entry entry = (Outline.Entry) each;
				if (entry.encloses(text.getOffset())) {
					innermost = entry;
					level = entry.children();
					deeper = true;
					break;
				}
			}
		}
		if (innermost != null) {
			viewer.setSelection(new StructuredSelection(innermost), true);
		}
	}

	@Override
	public void dispose() {
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.removePostSelectionChangedListener(caretListener);
		}
		CogovUiPlugin.get().documents().removeListener(listener);
		super.dispose();
	}
}
