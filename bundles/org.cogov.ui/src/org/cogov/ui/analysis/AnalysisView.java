/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.analysis;

import java.util.function.Consumer;

import org.cogov.analysis.rules.StudyFolderSettings;
import org.cogov.dsl.ide.editing.StudyDocument;
import org.cogov.ui.CogovUiPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

/**
 * The analysis of the case in focus: its structure type per phase with the explanation (conditions met and
 * failed, borderline flags), the collaboration metrics per phase and their changes, and the comparison of the
 * study's cases with the check of the thesis' finding. Follows the editor's caret and the Project Explorer.
 */
public class AnalysisView extends ViewPart {

	public static final String ID = "org.cogov.ui.analysisView"; //$NON-NLS-1$

	private Label header;
	private ClassificationTab classification;
	private MetricsTab metrics;
	private ComparisonTab comparison;
	private CaseFocus.Focus focus;
	private Job job;

	private final ISelectionListener selectionListener = this::selectionChanged;
	private final Consumer<StudyDocument> modelListener = this::modelChanged;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		header = new Label(parent, SWT.WRAP);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		header.setText(Messages.Analysis_noCase);
		CTabFolder tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.BORDER);
		tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		classification = new ClassificationTab(tabs);
		metrics = new MetricsTab(tabs);
		comparison = new ComparisonTab(tabs);
		tab(tabs, Messages.Analysis_classificationTab, classification.control());
		tab(tabs, Messages.Analysis_metricsTab, metrics.control());
		tab(tabs, Messages.Analysis_comparisonTab, comparison.control());
		tabs.setSelection(0);
		getSite().getWorkbenchWindow().getSelectionService().addPostSelectionListener(selectionListener);
		CogovUiPlugin.get().documents().addListener(modelListener);
		IWorkbenchPart active = getSite().getPage().getActivePart();
		if (active != null && active != this) {
			selectionChanged(active, getSite().getPage().getSelection());
		}
	}

	private static void tab(CTabFolder tabs, String title, org.eclipse.swt.widgets.Control control) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(control);
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this) {
			return;
		}
		CaseFocus.Focus next = CaseFocus.of(part, selection);
		if (next != null && next.platformCase() != null
				&& (focus == null || focus.platformCase() != next.platformCase() || focus.document() != next.document())) {
			focus = next;
			recompute();
		}
	}

	private void modelChanged(StudyDocument document) {
		if (focus != null && focus.document().workspace() == document.workspace()) {
			// the model was re-parsed: find the focused case again by name
			String name = focus.platformCase().getName();
			CaseFocus.Focus refreshed = null;
			for (var platformCase : document.workspace().cases()) {
				if (name != null && name.equals(platformCase.getName())) {
					refreshed = new CaseFocus.Focus(focus.document(), platformCase);
				}
			}
			if (refreshed != null) {
				focus = refreshed;
				recompute();
			}
		}
	}

	/** Computes in a job, shows on the UI thread; a newer request replaces an older one. */
	private void recompute() {
		CaseFocus.Focus current = focus;
		if (job != null) {
			job.cancel();
		}
		job = Job.create(Messages.Analysis_job, (IProgressMonitor monitor) -> {
			CaseResults results = CaseResults.compute(current.document(), current.platformCase(),
					StudyFolderSettings.forResource(current.platformCase().eResource()).parameters());
			if (!monitor.isCanceled() && header != null && !header.isDisposed()) {
				header.getDisplay().asyncExec(() -> show(results));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule(150);
	}

	void show(CaseResults results) {
		if (header.isDisposed() || results.analysis() == null) {
			return;
		}
		header.setText(Headline.of(results));
		classification.show(results);
		metrics.show(results);
		comparison.show(results);
		header.getParent().layout(true);
	}

	/** The results on screen, for tests. */
	public String headline() {
		return header.getText();
	}

	@Override
	public void setFocus() {
		header.getParent().setFocus();
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
