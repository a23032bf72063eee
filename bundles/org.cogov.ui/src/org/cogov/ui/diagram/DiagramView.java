/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.diagram;

import java.io.IOException;
import java.nio.file.Path;

import org.cogov.diagram.GovernanceDiagrams;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.dsl.ide.editing.Navigation;
import org.cogov.dsl.ide.editing.StudyDocument;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructurePhase;
import org.cogov.ui.analysis.CaseFocus;
import org.cogov.ui.analysis.CaseView;
import org.cogov.ui.drawing.DiagramDrawing;
import org.cogov.ui.drawing.DiagramMenu;
import org.cogov.ui.drawing.DiagramPalette;
import org.cogov.ui.drawing.DrawingGesture;
import org.cogov.ui.editor.SourceReveal;
import org.cogov.ui.editor.StudyDocuments;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The governance diagrams of the case in focus on screen: the role, decision, network and path diagrams of one
 * phase, drawn like the exported pictures. Follows the CoGov editor (the case around the caret; the node of the
 * element under the caret is selected), the outline, and every edit without losing zoom and position; a click on
 * a node or an edge reveals its text in the editor. The palette beside it draws: every edit is written into the
 * case's text ({@link DiagramDrawing}), and Undo and Redo here are the editor's own history.
 */
public class DiagramView extends CaseView {

	public static final String ID = "org.cogov.ui.diagramView"; //$NON-NLS-1$

	private DiagramCanvas canvas;
	private DiagramToolbar toolbar;
	private DiagramKind kind = DiagramKind.ROLE;
	private String phaseName;
	private Integer pendingCaret;
	private StructurePhase shownPhase;
	private DiagramPalette palette;
	private DiagramDrawing drawing;
	private DiagramMenu menu;

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(0, 0).applyTo(body);
		palette = new DiagramPalette(body);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(palette.control());
		canvas = new DiagramCanvas(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas.control());
		canvas.setEmptyMessage(Messages.Diagram_noCase);
		canvas.addSelectionListener(this::itemClicked);
		drawing = new DiagramDrawing(new ShownDiagram());
		menu = new DiagramMenu(canvas, new DrawingGesture(canvas, palette, drawing), drawing);
		toolbar = new DiagramToolbar(this, getViewSite().getActionBars().getToolBarManager());
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), new History(true));
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), new History(false));
		getViewSite().getActionBars().updateActionBars();
		startFollowing();
	}

	/** The canvas, for the toolbar and tests. */
	public DiagramCanvas canvas() {
		return canvas;
	}

	/** The palette and the edits it makes, for tests. */
	public DiagramPalette palette() {
		return palette;
	}

	public DiagramDrawing drawing() {
		return drawing;
	}

	public DiagramMenu menu() {
		return menu;
	}

	public DiagramKind kind() {
		return kind;
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

	@Override
	protected void caseChanged(boolean sameCase, Integer caret) {
		if (!sameCase) {
			phaseName = null;
		}
		if (caret != null) {
			pendingCaret = caret;
		}
		rebuild(sameCase);
	}

	@Override
	protected void caretMoved(int caret) {
		selectAt(caret);
	}

	@Override
	protected Control control() {
		return canvas == null ? null : canvas.control();
	}

	/** Builds and lays out the diagram in a job, keeping zoom and position when it is the same diagram. */
	private void rebuild(boolean keepView) {
		CaseFocus.Focus current = focus();
		DiagramKind currentKind = kind;
		String currentPhase = phaseName;
		recompute(Messages.Diagram_job, () -> DiagramRequest.build(current, currentKind, currentPhase),
				result -> show(result, keepView));
	}

	private void show(DiagramRequest.Result result, boolean keepView) {
		toolbar.phasesChanged(result.phases(), phaseName);
		shownPhase = result.phase();
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
		CaseFocus.Focus current = focus();
		if (diagram == null || current == null) {
			return;
		}
		synchronized (current.document().lock()) {
			for (EObject e = Navigation.containingElementAt(current.document(), offset); e != null; e = e.eContainer()) {
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
		CaseFocus.Focus current = focus();
		if (element == null || current == null || element.eResource() == null) {
			return;
		}
		SourceReveal.reveal(Navigation.locationOf(current.document(), element), false);
	}

	/** Writes the diagram on screen as SVG or PNG by the file's extension (the toolbar asks for the file). */
	public void export(Path file) throws IOException {
		Diagram diagram = canvas.diagram();
		if (diagram == null) {
			throw new IOException(Messages.Diagram_noCase);
		}
		GovernanceDiagrams.write(diagram, file);
	}

	/** What the drawing edits: the case and phase on screen, in the document they were found in. */
	private final class ShownDiagram implements DiagramDrawing.Shown {
		@Override
		public StudyDocument document() {
			return focus() == null ? null : focus().document();
		}

		@Override
		public PlatformCase platformCase() {
			return focus() == null ? null : focus().platformCase();
		}

		@Override
		public StructurePhase phase() {
			return shownPhase;
		}

		@Override
		public DiagramKind kind() {
			return kind;
		}

		@Override
		public IWorkbenchPage page() {
			return getSite().getPage();
		}

		@Override
		public Shell shell() {
			return getSite().getShell();
		}

		@Override
		public void status(String error) {
			getViewSite().getActionBars().getStatusLineManager().setErrorMessage(error);
		}
	}

	/** Undo or Redo in the diagram: the history of the shown case's text, shared with its editor. */
	private final class History extends Action {
		private final boolean undo;

		History(boolean undo) {
			this.undo = undo;
		}

		@Override
		public void run() {
			IFile file = focus() == null ? null : StudyDocuments.fileOf(focus().document());
			if (file == null) {
				return;
			}
			try {
				IDocumentUndoManager history = DocumentUndoManagerRegistry
						.getDocumentUndoManager(org.cogov.ui.drawing.StudyTextEdits.documentOf(file, getSite().getPage()));
				if (history != null && undo && history.undoable()) {
					history.undo();
				} else if (history != null && !undo && history.redoable()) {
					history.redo();
				}
			} catch (org.cogov.ui.drawing.StudyTextEdits.NotWritten | org.eclipse.core.commands.ExecutionException e) {
				getViewSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
			}
		}
	}

	@Override
	public void setFocus() {
		canvas.control().setFocus();
	}
}
