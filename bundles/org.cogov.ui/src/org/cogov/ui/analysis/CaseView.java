/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.analysis;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.cogov.dsl.ide.editing.Outline;
import org.cogov.dsl.ide.editing.StudyDocument;
import org.cogov.model.PlatformCase;
import org.cogov.ui.CogovUiPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

/**
 * A view of the case in focus ({@link CaseFocus}): it follows the CoGov editor's caret, the outline and the Project
 * Explorer, finds its case again after every edit, and computes what it shows in a job, never on the UI thread.
 */
public abstract class CaseView extends ViewPart {

	private CaseFocus.Focus focus;
	private Job job;
	private final ISelectionListener selectionListener = this::selectionChanged;
	private final Consumer<StudyDocument> modelListener = this::modelChanged;

	/** Starts following the workbench; call at the end of {@code createPartControl}. */
	protected void startFollowing() {
		getSite().getWorkbenchWindow().getSelectionService().addPostSelectionListener(selectionListener);
		CogovUiPlugin.get().documents().addListener(modelListener);
		IWorkbenchPart active = getSite().getPage().getActivePart();
		IEditorPart editor = getSite().getPage().getActiveEditor();
		if (active != null && active != this) {
			selectionChanged(active, getSite().getPage().getSelection());
		} else if (editor != null) {
			selectionChanged(editor, editor.getSite().getSelectionProvider().getSelection());
		}
	}

	/** The case shown and the document it was found in, or null. */
	protected CaseFocus.Focus focus() {
		return focus;
	}

	/** The case shown, or null. */
	public PlatformCase shownCase() {
		return focus == null ? null : focus.platformCase();
	}

	/**
	 * Another case came into focus, or the same case after an edit.
	 *
	 * @param sameCase whether it is the case shown before (same name): keep what the user set up
	 * @param caret    the caret offset in the focused document, or null when the focus came from elsewhere
	 */
	protected abstract void caseChanged(boolean sameCase, Integer caret);

	/** The caret moved inside the case shown. */
	protected void caretMoved(int caret) {
		// nothing by default
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this) {
			return;
		}
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof Outline.Entry entry) {
			// the outline moves the editor's caret; follow it as if the caret had moved there
			part = getSite().getPage().getActiveEditor();
			selection = new TextSelection(entry.offset(), 0);
			if (part == null) {
				return;
			}
		}
		CaseFocus.Focus next = CaseFocus.of(part, selection);
		if (next == null || next.platformCase() == null) {
			return;
		}
		Integer caret = selection instanceof ITextSelection text ? text.getOffset() : null;
		if (focus == null || focus.platformCase() != next.platformCase() || focus.document() != next.document()) {
			boolean sameCase = focus != null && sameName(focus.platformCase(), next.platformCase());
			focus = next;
			caseChanged(sameCase, caret);
		} else if (caret != null) {
			caretMoved(caret);
		}
	}

	/** The study was re-parsed: find the focused case again by name. */
	private void modelChanged(StudyDocument document) {
		if (focus == null || focus.document().workspace() != document.workspace()) {
			return;
		}
		for (PlatformCase platformCase : document.workspace().cases()) {
			if (sameName(focus.platformCase(), platformCase)) {
				focus = new CaseFocus.Focus(focus.document(), platformCase);
				caseChanged(true, null);
				return;
			}
		}
	}

	/**
	 * Computes off the UI thread and shows the result on it; a newer request replaces an older one, and a result
	 * for a case no longer in focus is dropped.
	 *
	 * @param name    the job's name
	 * @param compute what to compute, under the study's lock where it reads the model
	 * @param show    shows the result on the UI thread
	 */
	protected <T> void recompute(String name, Supplier<T> compute, Consumer<T> show) {
		CaseFocus.Focus current = focus;
		Control control = control();
		if (current == null || control == null) {
			return;
		}
		if (job != null) {
			job.cancel();
		}
		job = Job.create(name, (IProgressMonitor monitor) -> {
			T result = compute.get();
			if (!monitor.isCanceled() && !control.isDisposed()) {
				control.getDisplay().asyncExec(() -> {
					if (!control.isDisposed() && current == focus) {
						show.accept(result);
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule(100);
	}

	/** The view's main control, whose display runs the results. */
	protected abstract Control control();

	private static boolean sameName(PlatformCase a, PlatformCase b) {
		return a.getName() != null && a.getName().equals(b.getName());
	}

	@Override
	public void dispose() {
		getSite().getWorkbenchWindow().getSelectionService().removePostSelectionListener(selectionListener);
		CogovUiPlugin.get().documents().removeListener(modelListener);
		if (job != null) {
			job.cancel();
		}
		super.dispose();
	}
}
