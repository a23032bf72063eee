/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.guide;

import org.cogov.ui.preferences.WorkbenchSettings;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * The CoGov Guide: help contents without the Eclipse help system, in a read-only styled text in the workbench's
 * language. What CoGov models, the language by example, the rules, the classification, the metrics and the note on
 * our operationalisation; the rules and thresholds are generated from the analysis.
 */
public class GuideView extends ViewPart {

	public static final String ID = "org.cogov.ui.guide"; //$NON-NLS-1$

	private StyledText text;

	@Override
	public void createPartControl(Composite parent) {
		text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setEditable(false);
		text.setMargins(12, 10, 12, 10);
		GuideContent.write(WorkbenchSettings.locale()).applyTo(text);
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}
}
