/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.analysis;

import java.util.List;

import org.cogov.analysis.PhaseAnalysis;
import org.cogov.analysis.PhaseChange;
import org.cogov.analysis.metrics.Metric;
import org.cogov.model.Event;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** The collaboration metrics: one column per phase, then the changes between phases with the events between them. */
final class MetricsTab {

	private final SashForm sash;
	private final Table table;
	private final Text changes;

	MetricsTab(Composite parent) {
		sash = new SashForm(parent, SWT.VERTICAL);
		table = new Table(sash, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		changes = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP);
		sash.setWeights(65, 35);
	}

	Control control() {
		return sash;
	}

	void show(CaseResults results) {
		table.setRedraw(false);
		table.removeAll();
		for (TableColumn column : table.getColumns()) {
			column.dispose();
		}
		List<PhaseAnalysis> phases = results.analysis().phases();
		column(Messages.Analysis_metricColumn, 220);
		for (PhaseAnalysis phase : phases) {
			column(phase.phase().getName(), 90);
		}
		for (Metric metric : Metric.values()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(0, org.cogov.report.ReportWords.get(java.util.Locale.getDefault(), "metric." + metric.name())); //$NON-NLS-1$
			for (int i = 0; i < phases.size(); i++) {
				item.setText(i + 1, ClassificationTab.number(metric.valueIn(phases.get(i).metrics())));
			}
		}
		table.setRedraw(true);
		StringBuilder text = new StringBuilder();
		for (PhaseChange change : results.analysis().changes()) {
			text.append(NLS.bind(Messages.Analysis_change, change.earlier().phase().getName(), change.later().phase().getName()))
					.append('\n');
			for (Metric metric : Metric.values()) {
				double delta = change.delta(metric);
				if (Math.abs(delta) > 1e-9) {
					text.append("  ").append(org.cogov.report.ReportWords.get(java.util.Locale.getDefault(), "metric." + metric.name())).append(delta > 0 ? " +" : " ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							.append(ClassificationTab.number(delta)).append('\n');
				}
			}
			for (Event event : change.events()) {
				text.append("  \u25b8 ").append(event.getName()).append(event.getLabel() == null ? "" : " " + event.getLabel()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						.append('\n');
			}
		}
		changes.setText(text.length() == 0 ? Messages.Analysis_oneChangeless : text.toString());
	}

	private void column(String title, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(title);
		column.setWidth(width);
	}
}
