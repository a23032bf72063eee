/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.preferences;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.dialogs.PreferenceLinkArea;
import org.eclipse.ui.preferences.IWorkbenchPreferenceContainer;

/**
 * The CoGov preference root: what the two pages below it set, links to them, and how a study's own settings
 * files take precedence.
 */
public class CogovPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	@Override
	public void init(IWorkbench workbench) {
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(5, 10).applyTo(area);
		text(area, Messages.Root_intro);
		link(area, IPreferenceConstants.RULES_PAGE, Messages.Root_rules);
		link(area, IPreferenceConstants.CLASSIFICATION_PAGE, Messages.Root_classification);
		text(area, Messages.Root_studyFiles);
		text(area, Messages.Root_operationalisation);
		return area;
	}

	private static void text(Composite area, String message) {
		Label label = new Label(area, SWT.WRAP);
		label.setText(message);
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(label);
	}

	private void link(Composite area, String page, String message) {
		if (getContainer() instanceof IWorkbenchPreferenceContainer container) {
			Control link = new PreferenceLinkArea(area, SWT.NONE, page, message, container, null).getControl();
			GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(link);
		}
	}
}
