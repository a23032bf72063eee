/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.analysis;

import java.util.List;
import java.util.Locale;

import org.cogov.analysis.StudyComparison;
import org.cogov.analysis.metrics.Metric;
import org.cogov.report.TypeNames;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** The study's cases side by side (type, G, E, smax, lead, HHI*, metrics, IDCI) and the thesis check. */
final class ComparisonTab {

	private final Composite composite;
	private final Table table;
	private final Label finding;

	ComparisonTab(Composite parent) {
		composite = new Composite(parent, SWT.NONE);
		composite.setLayout(new GridLayout(1, false));
		table = new Table(composite, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		finding = new Label(composite, SWT.WRAP);
		finding.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
	}

	Control control() {
		return composite;
	}

	void show(CaseResults results) {
		table.setRedraw(false);
		table.removeAll();
		for (TableColumn column : table.getColumns()) {
			column.dispose();
		}
		List<String> header = new java.util.ArrayList<>(List.of(Messages.Analysis_caseColumn, Messages.Analysis_typeColumn, "G", "E", //$NON-NLS-1$ //$NON-NLS-2$
				"smax", Messages.Analysis_leadColumn, "HHI*")); //$NON-NLS-1$ //$NON-NLS-2$
		for (Metric metric : Metric.values()) {
			header.add(org.cogov.report.ReportWords.get(Locale.getDefault(), "metric." + metric.name())); //$NON-NLS-1$
		}
		for (String title : header) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(title);
			column.setWidth(title.length() > 8 ? 110 : 70);
		}
		Locale locale = Locale.getDefault();
		for (StudyComparison.Row row : results.comparison().rows()) {
			TableItem item = new TableItem(table, SWT.NONE);
			int c = 0;
			item.setText(c++, row.caseName());
			item.setText(c++, TypeNames.label(row.type(), locale));
			item.setText(c++, ClassificationTab.number(row.g()));
			item.setText(c++, ClassificationTab.number(row.e()));
			item.setText(c++, ClassificationTab.number(row.smax()));
			item.setText(c++, row.lead() == null ? "" : row.lead().getName()); //$NON-NLS-1$
			item.setText(c++, ClassificationTab.number(row.hhi()));
			for (Metric metric : Metric.values()) {
				item.setText(c++, ClassificationTab.number(metric.valueIn(row.metrics())));
			}
			if (row.platformCase() == results.platformCase()) {
				item.setFont(bold());
			}
		}
		table.getColumn(1).setWidth(170);
		table.setRedraw(true);
		finding.setText(results.comparison().thesisFinding().sentence());
		composite.layout(true);
	}

	private Font bold() {
		return org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT);
	}
}
