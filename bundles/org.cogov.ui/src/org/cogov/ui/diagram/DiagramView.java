/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.diagram;

import java.util.function.Consumer;

import org.cogov.diagram.GovernanceDiagrams;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.dsl.ide.editing.Navigation;
import org.cogov.dsl.ide.editing.Outline;
import org.cogov.dsl.ide.editing.StudyDocument;
import org.cogov.model.PlatformCase;
import org.cogov.ui.CogovUiPlugin;
import org.cogov.ui.analysis.CaseFocus;
import org.cogov.ui.editor.SourceReveal;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

/**
 * The governance diagrams of the case in focus on screen: the role, decision, network and path diagrams of one
 * phase, drawn like the exported pictures. Follows the CoGov editor (the case around the caret; the node of the
 * element under the caret is selected), the outline, and every edit without losing zoom and position; a click on
 * a node or an edge reveals its text in the editor.
 */
public class DiagramView extends ViewPart {

	public static final String ID = "org.cogov.ui.diagramView"; //$NON-NLS-1$

	private DiagramCanvas canvas;
	private DiagramToolbar toolbar;
	private CaseFocus.Focus focus;
	private DiagramKind kind = DiagramKind.ROLE;
	private String phaseName;
	private Integer pendingCaret;
	private Job job;

	private final ISelectionListener selectionListener = this::selectionChanged;
	private final Consumer<StudyDocument> modelListener = this::modelChanged;

	@Override
	public void createPartControl(Composite parent) {
		canvas = new DiagramCanvas(parent);
		canvas.setEmptyMessage(Messages.Diagram_noCase);
		canvas.addSelectionListener(this::itemClicked);
		toolbar = new DiagramToolbar(this, getViewSite().getActionBars().getToolBarManager());
		getViewSite().getActionBars().updateActionBars();
		getSite().getWorkbenchWindow().getSelectionService().addPostSelectionListener(selectionListener);
		CogovUiPlugin.get().documents().addListener(modelListener);
		IWorkbenchPart active = getSite().getPage().getActivePart();
		if (active != null && active != this) {
			selectionChanged(active, getSite().getPage().getSelection());
		} else if (getSite().getPage().getActiveEditor() != null) {
			IEditorPart editor = getSite().getPage().getActiveEditor();
			selectionChanged(editor, editor.getSite().getSelectionProvider().getSelection());
		}
	}

	/** The canvas, for the toolbar and tests. */
	public DiagramCanvas canvas() {
		return canvas;
	}

	public DiagramKind kind() {
		return kind;
	}

	/** The case shown, or null. */
	public PlatformCase shownCase() {
		return focus == null ? null : focus.platformCase();
	}

	/** Shows another kind of diagram of the same phase. */
	public void showKind(DiagramKind next) {
		if (next != kind) {
			kind = next;
			toolbar.kindChanged(next);
			rebuild(false);
		}
	}

	/** Shows another phase (null: the current one). */
	void showPhase(String name) {
		phaseName = name;
		rebuild(false);
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
			if (!sameCase) {
				phaseName = null;
			}
			pendingCaret = caret;
			rebuild(sameCase);
		} else if (caret != null) {
			selectAt(caret);
		}
	}

	private void modelChanged(StudyDocument document) {
		if (focus == null || focus.document().workspace() != document.workspace()) {
			return;
		}
		String name = focus.platformCase().getName();
		for (PlatformCase platformCase : document.workspace().cases()) {
			if (name != null && name.equals(platformCase.getName())) {
				focus = new CaseFocus.Focus(focus.document(), platformCase);
				rebuild(true);
				return;
			}
		}
	}

	/** Builds and lays out the diagram in a job; a newer request replaces an older one. */
	private void rebuild(boolean keepView) {
		CaseFocus.Focus current = focus;
		DiagramKind currentKind = kind;
		String currentPhase = phaseName;
		if (current == null) {
			return;
		}
		if (job != null) {
			job.cancel();
		}
		job = Job.create(Messages.Diagram_job, (IProgressMonitor monitor) -> {
			DiagramRequest.Result result = DiagramRequest.build(current, currentKind, currentPhase);
			if (!monitor.isCanceled() && !canvas.control().isDisposed()) {
				canvas.control().getDisplay().asyncExec(() -> show(current, result, keepView));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule(100);
	}

	private void show(CaseFocus.Focus shown, DiagramRequest.Result result, boolean keepView) {
		if (canvas.control().isDisposed() || shown != focus) {
			return;
		}
		toolbar.phasesChanged(result.phases(), phaseName);
		canvas.setEmptyMessage(result.problem());
		canvas.setDiagram(result.diagram(), keepView && canvas.diagram() != null);
		setContentDescription(result.diagram() == null ? "" : result.diagram().title()); //$NON-NLS-1$
		if (pendingCaret != null) {
			selectAt(pendingCaret);
			pendingCaret = null;
		}
	}

	/** Selects the node or edge of the innermost element around a caret offset of the focused document. */
	private void selectAt(int offset) {
		Diagram diagram = canvas.diagram();
		if (diagram == null || focus == null) {
			return;
		}
		synchronized (focus.document().lock()) {
			for (EObject e = Navigation.containingElementAt(focus.document(), offset); e != null; e = e.eContainer()) {
				Object item = itemOf(diagram, e);
				if (item != null) {
					canvas.select(item);
					return;
				}
			}
		}
	}

	private static Object itemOf(Diagram diagram, EObject element) {
		DiagramNode node = diagram.nodeOf(element);
		if (node != null) {
			return node;
		}
		for (DiagramEdge edge : diagram.edges()) {
			if (edge.element() == element) {
				return edge;
			}
		}
		return null;
	}

	private void itemClicked(Object item) {
		EObject element = item instanceof DiagramNode node ? node.element()
				: item instanceof DiagramEdge edge ? edge.element() : null;
		if (element == null || focus == null || element.eResource() == null) {
			return;
		}
		Navigation.Location location = Navigation.locationOf(focus.document(), element);
		SourceReveal.reveal(location, false);
	}

	/** Writes the diagram on screen as SVG or PNG by the file's extension (the toolbar asks for the file). */
	public void export(java.nio.file.Path file) throws java.io.IOException {
		Diagram diagram = canvas.diagram();
		if (diagram == null) {
			throw new java.io.IOException(Messages.Diagram_noCase);
		}
		GovernanceDiagrams.write(diagram, file);
	}

	private static boolean sameName(PlatformCase a, PlatformCase b) {
		return a.getName() != null && a.getName().equals(b.getName());
	}

	@Override
	public void setFocus() {
		canvas.control().setFocus();
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
