/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.analysis;

import org.cogov.analysis.rules.StudyFolderSettings;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The analysis of the case in focus: its structure type per phase with the explanation (conditions met and
 * failed, borderline flags), the collaboration metrics per phase and their changes, and the comparison of the
 * study's cases with the check of the thesis' finding. Follows the editor's caret and the Project Explorer.
 */
public class AnalysisView extends CaseView {

	public static final String ID = "org.cogov.ui.analysisView"; //$NON-NLS-1$

	private Label header;
	private ClassificationTab classification;
	private MetricsTab metrics;
	private ComparisonTab comparison;

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
		startFollowing();
	}

	private static void tab(CTabFolder tabs, String title, org.eclipse.swt.widgets.Control control) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(control);
	}

	@Override
	protected void caseChanged(boolean sameCase, Integer caret) {
		CaseFocus.Focus current = focus();
		recompute(Messages.Analysis_job, () -> CaseResults.compute(current.document(), current.platformCase(),
				StudyFolderSettings.forResource(current.platformCase().eResource()).parameters()), this::show);
	}

	@Override
	protected Control control() {
		return header;
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
}
