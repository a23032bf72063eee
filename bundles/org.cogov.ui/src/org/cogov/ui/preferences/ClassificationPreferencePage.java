/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.preferences;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.ui.CogovUiPlugin;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * CoGov &gt; Classification: every classification parameter, labelled with its description, in a text field
 * checked as it is typed by {@link ClassificationParameters#set}, whose message becomes the page's error.
 */
public class ClassificationPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private static final int LABEL_WIDTH = 360;

	private final Map<String, Text> fields = new LinkedHashMap<>();
	private final Locale locale = WorkbenchSettings.locale();

	@Override
	public void init(IWorkbench workbench) {
		setDescription(Messages.Classification_description);
	}

	@Override
	protected IPreferenceStore doGetPreferenceStore() {
		return CogovUiPlugin.get().getPreferenceStore();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(area);
		Label note = new Label(area, SWT.WRAP);
		note.setText(Messages.Classification_note);
		GridDataFactory.fillDefaults().grab(true, false).hint(LABEL_WIDTH + 200, SWT.DEFAULT).applyTo(note);

		ScrolledComposite scrolled = new ScrolledComposite(area, SWT.V_SCROLL | SWT.BORDER);
		Composite rows = new Composite(scrolled, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(rows);
		for (String key : ClassificationParameters.keys()) {
			Label label = new Label(rows, SWT.WRAP);
			label.setText(ParameterDescriptions.of(key, locale) + ':');
			label.setToolTipText(key);
			GridDataFactory.swtDefaults().align(SWT.FILL, SWT.CENTER).hint(LABEL_WIDTH, SWT.DEFAULT).applyTo(label);
			Text field = new Text(rows, SWT.BORDER | SWT.SINGLE);
			field.setText(getPreferenceStore().getString(IPreferenceConstants.parameterKey(key)));
			field.setToolTipText(key);
			field.addModifyListener(e -> validate());
			GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(160, SWT.DEFAULT).applyTo(field);
			fields.put(key, field);
		}
		scrolled.setContent(rows);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		scrolled.setMinSize(rows.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 380).applyTo(scrolled);
		validate();
		return area;
	}

	/** The first value that cannot be used names its parameter and what is allowed. */
	private void validate() {
		ClassificationParameters check = ClassificationParameters.defaults();
		for (Map.Entry<String, Text> field : fields.entrySet()) {
			try {
				check.set(field.getKey(), field.getValue().getText());
			} catch (IllegalArgumentException e) {
				setErrorMessage(NLS.bind(Messages.Classification_invalid, ParameterDescriptions.of(field.getKey(), locale),
						problem(e.getMessage())));
				setValid(false);
				return;
			}
		}
		setErrorMessage(null);
		setValid(true);
	}

	/** The analysis' message about a value in the workbench's language (it writes English; unknown ones stay so). */
	private static String problem(String message) {
		String list = "must list values among "; //$NON-NLS-1$
		if (message == null) {
			return ""; //$NON-NLS-1$
		}
		if (message.startsWith(list)) {
			return NLS.bind(Messages.Classification_list, message.substring(list.length()).replace(" separated by commas", "")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return switch (message) {
		case "must be a number such as 0.35" -> Messages.Classification_number; //$NON-NLS-1$
		case "must be a number between 0 and 1" -> Messages.Classification_fraction; //$NON-NLS-1$
		case "must be a number greater than 0" -> Messages.Classification_positive; //$NON-NLS-1$
		case "must be a whole number of 0 or more" -> Messages.Classification_count; //$NON-NLS-1$
		default -> message;
		};
	}

	@Override
	protected void performDefaults() {
		ClassificationParameters defaults = ClassificationParameters.defaults();
		fields.forEach((key, field) -> field.setText(defaults.get(key)));
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		IPreferenceStore store = getPreferenceStore();
		ClassificationParameters defaults = ClassificationParameters.defaults();
		boolean changed = false;
		for (Map.Entry<String, Text> field : fields.entrySet()) {
			String key = IPreferenceConstants.parameterKey(field.getKey());
			String value = field.getValue().getText().strip();
			changed |= !store.getString(key).equals(value);
			if (defaults.get(field.getKey()).equals(value)) {
				store.setToDefault(key);
			} else {
				store.setValue(key, value);
			}
		}
		if (changed) {
			StudyRebuild.schedule();
		}
		return true;
	}
}
