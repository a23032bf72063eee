/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.cogov.dsl.ide.editing.Highlighting;
import org.cogov.dsl.ide.editing.StudyDocument;
import org.cogov.ui.CogovUiPlugin;
import org.cogov.ui.markers.StudyMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.xtext.validation.Issue;

/**
 * Brings a CoGov document's model up to date shortly after each change, off the UI thread: parses and links the
 * text with the study's other files, validates it (syntax, links, governance rules), turns the findings into
 * markers (Problems view and editor annotations), refreshes the semantic colours and tells the views.
 */
public class CogovReconciler extends MonoReconciler {

	private final Strategy strategy;

	public CogovReconciler() {
		this(new Strategy());
	}

	private CogovReconciler(Strategy strategy) {
		super(strategy, false);
		this.strategy = strategy;
		setDelay(350);
	}

	@Override
	public void install(ITextViewer viewer) {
		super.install(viewer);
		strategy.highlighter = new SemanticHighlighter(viewer);
	}

	@Override
	public void uninstall() {
		if (strategy.highlighter != null) {
			strategy.highlighter.dispose();
		}
		super.uninstall();
	}

	private static final class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

		private IDocument document;
		private IProgressMonitor monitor = new NullProgressMonitor();
		private SemanticHighlighter highlighter;

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public void setProgressMonitor(IProgressMonitor monitor) {
			this.monitor = monitor;
		}

		@Override
		public void initialReconcile() {
			reconcile();
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			reconcile();
		}

		@Override
		public void reconcile(IRegion partition) {
			reconcile();
		}

		private void reconcile() {
			if (document == null || CogovUiPlugin.get() == null) {
				return;
			}
			StudyDocuments documents = CogovUiPlugin.get().documents();
			StudyDocument model = documents.forDocument(document);
			if (model == null) {
				return;
			}
			try {
				model.update(document.get());
				List<Issue> issues = model.validate(monitor::isCanceled);
				if (monitor.isCanceled()) {
					return;
				}
				List<Highlighting.Span> spans = Highlighting.semantic(model);
				if (highlighter != null) {
					highlighter.update(spans);
				}
				publish(model, issues);
				documents.modelChanged(model);
			} catch (org.eclipse.xtext.service.OperationCanceledError e) {
				// a newer change is on its way
			} catch (RuntimeException e) {
				CogovUiPlugin.log("checking " + model.uri().lastSegment() + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}

		private static void publish(StudyDocument model, List<Issue> issues) {
			IFile file = StudyDocuments.fileOf(model);
			if (file == null) {
				return;
			}
			List<StudyMarkers.Finding> findings = new ArrayList<>();
			for (Issue issue : issues) {
				findings.add(new StudyMarkers.Finding(StudyMarkers.severity(issue.getSeverity()), code(issue), issue.getMessage(),
						issue.getLineNumber() == null ? 1 : issue.getLineNumber(), value(issue.getOffset()), value(issue.getLength()),
						issue.getUriToProblem() == null ? null : issue.getUriToProblem().fragment()));
			}
			WorkspaceJob job = new WorkspaceJob("CoGov markers") { //$NON-NLS-1$
				@Override
				public IStatus runInWorkspace(IProgressMonitor jobMonitor) throws org.eclipse.core.runtime.CoreException {
					StudyMarkers.replace(file, findings);
					return Status.OK_STATUS;
				}
			};
			job.setRule(file);
			job.setSystem(true);
			job.schedule();
		}

		private static String code(Issue issue) {
			if (issue.isSyntaxError()) {
				return "syntax"; //$NON-NLS-1$
			}
			String code = issue.getCode();
			if (org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
				return "link"; //$NON-NLS-1$
			}
			return code;
		}

		private static int value(Integer number) {
			return number == null ? 0 : number;
		}
	}
}
