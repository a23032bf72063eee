/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.analysis;

import java.util.Locale;
import java.util.Map;

import org.cogov.analysis.PhaseAnalysis;
import org.cogov.analysis.classification.Borderline;
import org.cogov.analysis.classification.Condition;
import org.cogov.analysis.classification.Explanation;
import org.cogov.analysis.classification.Feature;
import org.cogov.analysis.classification.TypeCheck;
import org.cogov.report.TypeNames;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Why a phase has its type: per phase, the features read, then the types in rule order with each condition met
 * (green) or failed (red), and the borderline flags.
 */
final class ClassificationTab {

	private static final Color MET = new Color(26, 127, 55);
	private static final Color FAILED = new Color(180, 35, 24);
	private static final Color WARNING = new Color(154, 103, 0);

	private final Tree tree;

	ClassificationTab(Composite parent) {
		tree = new Tree(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.setHeaderVisible(true);
		column(Messages.Analysis_itemColumn, 360);
		column(Messages.Analysis_valueColumn, 260);
	}

	private void column(String title, int width) {
		TreeColumn column = new TreeColumn(tree, SWT.LEFT);
		column.setText(title);
		column.setWidth(width);
	}

	Control control() {
		return tree;
	}

	void show(CaseResults results) {
		tree.setRedraw(false);
		tree.removeAll();
		Locale locale = Locale.getDefault();
		for (PhaseAnalysis phase : results.analysis().phases()) {
			TreeItem phaseItem = item(null, NLS.bind(Messages.Analysis_phase, phase.phase().getName()),
					TypeNames.label(phase.classification().type(), locale), null);
			Explanation explanation = phase.classification().explanation();
			TreeItem features = item(phaseItem, Messages.Analysis_features, "", null); //$NON-NLS-1$
			for (Map.Entry<Feature, Double> entry : explanation.features().values().entrySet()) {
				Feature feature = entry.getKey();
				String value = feature.isNumeric() ? number(entry.getValue()) : entry.getValue() > 0.5 ? Messages.Analysis_yes : Messages.Analysis_no;
				String reason = explanation.features().reason(feature);
				item(features, feature.label(), reason == null ? value : value + "  (" + reason + ")", null); //$NON-NLS-1$ //$NON-NLS-2$
			}
			for (TypeCheck check : explanation.checks()) {
				TreeItem typeItem = item(phaseItem, TypeNames.label(check.type(), locale),
						check.matches() ? Messages.Analysis_matches : Messages.Analysis_fails, check.matches() ? MET : FAILED);
				for (Condition condition : check.conditions()) {
					item(typeItem, (condition.met() ? "\u2713 " : "\u2717 ") + condition.label(), condition.toString(), //$NON-NLS-1$ //$NON-NLS-2$
							condition.met() ? MET : FAILED);
				}
			}
			for (Borderline borderline : explanation.borderlines()) {
				item(phaseItem, "\u26a0 " + Messages.Analysis_borderline, borderline.toString(), WARNING); //$NON-NLS-1$
			}
			phaseItem.setExpanded(true);
		}
		tree.setRedraw(true);
	}

	private TreeItem item(TreeItem parent, String label, String value, Color colour) {
		TreeItem item = parent == null ? new TreeItem(tree, SWT.NONE) : new TreeItem(parent, SWT.NONE);
		item.setText(new String[] { label, value });
		if (colour != null) {
			item.setForeground(colour);
		}
		return item;
	}

	static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e9) {
			return String.valueOf((long) value);
		}
		return String.format(Locale.ROOT, "%.3f", value); //$NON-NLS-1$
	}
}
