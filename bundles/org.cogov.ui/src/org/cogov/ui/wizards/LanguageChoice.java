/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.wizards;

import org.cogov.ui.preferences.WorkbenchSettings;
import org.cogov.ui.wizards.StudySkeleton.CommentLanguage;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The choice of the language of a skeleton's comments, English or Chinese, preset to the workbench's language. */
final class LanguageChoice {

	private final Combo combo;

	/** A label and a read-only combo in two columns of the parent's grid. */
	LanguageChoice(Composite parent) {
		new Label(parent, SWT.NONE).setText(Messages.Page_comments);
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setItems(Messages.Page_english, Messages.Page_chinese);
		combo.select(CommentLanguage.of(WorkbenchSettings.locale()) == CommentLanguage.CHINESE ? 1 : 0);
		GridDataFactory.swtDefaults().applyTo(combo);
	}

	CommentLanguage language() {
		return combo.getSelectionIndex() == 1 ? CommentLanguage.CHINESE : CommentLanguage.ENGLISH;
	}
}
