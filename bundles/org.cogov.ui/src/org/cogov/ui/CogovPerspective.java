/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui;

import org.cogov.ui.analysis.AnalysisView;
import org.cogov.ui.diagram.DiagramView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The CoGov perspective: studies on the left, the DSL editor in the middle, the outline on the right and the
 * problems of the validation rules below.
 */
public class CogovPerspective implements IPerspectiveFactory {

	public static final String ID = "org.cogov.ui.perspective"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		// like Capella and Archi: studies and the outline on the left, text and diagram side by side, analysis below
		String editorArea = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.18f, editorArea); //$NON-NLS-1$
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);
		IFolderLayout outline = layout.createFolder("outline", IPageLayout.BOTTOM, 0.55f, "left"); //$NON-NLS-1$ //$NON-NLS-2$
		outline.addView(IPageLayout.ID_OUTLINE);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.64f, editorArea); //$NON-NLS-1$
		bottom.addView(AnalysisView.ID);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		IFolderLayout diagrams = layout.createFolder("diagrams", IPageLayout.RIGHT, 0.45f, editorArea); //$NON-NLS-1$
		diagrams.addView(DiagramView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(AnalysisView.ID);
		layout.addShowViewShortcut(DiagramView.ID);
	}
}
