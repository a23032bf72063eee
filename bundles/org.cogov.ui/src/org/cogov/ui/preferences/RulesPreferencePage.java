/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.preferences;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.cogov.analysis.rules.Rule;
import org.cogov.analysis.rules.RuleCatalog;
import org.cogov.analysis.rules.RuleMessages;
import org.cogov.analysis.rules.RuleSettings;
import org.cogov.ui.CogovUiPlugin;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * CoGov &gt; Rules: every rule of the catalogue with its code, category and name, and a severity chosen in a combo
 * (default, error, warning, info, off), stored under the rule's ID.
 */
public class RulesPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	/** The stored values of the severity combo, in its order. */
	private static final String[] VALUES = { IPreferenceConstants.RULE_DEFAULT, RuleSettings.Level.ERROR.word(),
			RuleSettings.Level.WARNING.word(), RuleSettings.Level.INFO.word(), RuleSettings.Level.OFF.word() };

	private final Map<Rule, String> values = new LinkedHashMap<>();
	private final Locale locale = WorkbenchSettings.locale();
	private TableViewer viewer;

	@Override
	public void init(IWorkbench workbench) {
		setDescription(Messages.Rules_description);
	}

	@Override
	protected IPreferenceStore doGetPreferenceStore() {
		return CogovUiPlugin.get().getPreferenceStore();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(area);
		for (Rule rule : RuleCatalog.all()) {
			values.put(rule, getPreferenceStore().getString(rule.getId()));
		}
		viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column(Messages.Rules_code, 90, Rule::getId);
		column(Messages.Rules_category, 110, rule -> category(rule));
		column(Messages.Rules_name, 340, rule -> RuleMessages.name(rule, locale));
		column(Messages.Rules_severity, 130, rule -> label(values.get(rule), rule)).setEditingSupport(new SeverityEditing());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(RuleCatalog.all());
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, table.getItemHeight() * 16).applyTo(table);
		return area;
	}

	private TableViewerColumn column(String title, int width, Function<Rule, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Rule) element);
			}
		});
		return column;
	}

	/** The category of a rule in the workbench's language. */
	public static String category(Rule rule) {
		return switch (rule.getCategory()) {
		case ERROR -> Messages.Category_error;
		case WARNING -> Messages.Category_warning;
		case RISK -> Messages.Category_risk;
		};
	}

	/** The label of a stored value; the default names the severity it stands for. */
	private static String label(String value, Rule rule) {
		RuleSettings.Level level = WorkbenchSettings.level(value);
		if (level == null) {
			return NLS.bind(Messages.Level_default, label(RuleSettings.defaults().levelOf(rule)));
		}
		return label(level);
	}

	private static String label(RuleSettings.Level level) {
		return switch (level) {
		case ERROR -> Messages.Level_error;
		case WARNING -> Messages.Level_warning;
		case INFO -> Messages.Level_info;
		case OFF -> Messages.Level_off;
		};
	}

	@Override
	protected void performDefaults() {
		values.replaceAll((rule, value) -> IPreferenceConstants.RULE_DEFAULT);
		viewer.refresh();
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		IPreferenceStore store = getPreferenceStore();
		boolean changed = false;
		for (Map.Entry<Rule, String> entry : values.entrySet()) {
			String id = entry.getKey().getId();
			changed |= !store.getString(id).equals(entry.getValue());
			if (IPreferenceConstants.RULE_DEFAULT.equals(entry.getValue())) {
				store.setToDefault(id);
			} else {
				store.setValue(id, entry.getValue());
			}
		}
		if (changed) {
			StudyRebuild.schedule();
		}
		return true;
	}

	/** The severity column's combo. */
	private final class SeverityEditing extends EditingSupport {

		private final ComboBoxCellEditor editor = new ComboBoxCellEditor(viewer.getTable(), new String[0], SWT.READ_ONLY);

		SeverityEditing() {
			super(viewer);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			String[] labels = new String[VALUES.length];
			for (int i = 0; i < VALUES.length; i++) {
				labels[i] = label(VALUES[i], (Rule) element);
			}
			editor.setItems(labels);
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			String value = values.get(element);
			for (int i = 0; i < VALUES.length; i++) {
				if (VALUES[i].equals(value)) {
					return i;
				}
			}
			return 0;
		}

		@Override
		protected void setValue(Object element, Object value) {
			int index = (Integer) value;
			if (index >= 0 && index < VALUES.length) {
				values.put((Rule) element, VALUES[index]);
				viewer.update(element, null);
			}
		}
	}
}
