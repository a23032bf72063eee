/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.editor;

import org.cogov.dsl.ide.editing.Navigation;
import org.cogov.ui.CogovUiPlugin;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** Shows a place of a study file in its editor: for go to definition and for nodes picked in a diagram. */
public final class SourceReveal {

	private SourceReveal() {
	}

	/**
	 * Opens the file of a location in its editor and selects the range.
	 *
	 * @param activate whether the editor takes the focus (go to definition) or the calling view keeps it (a diagram)
	 * @return the editor, or null when the file is not in the workspace
	 */
	public static ITextEditor reveal(Navigation.Location location, boolean activate) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot()
				.findFilesForLocationURI(new java.io.File(location.uri().toFileString()).toURI());
		if (files.length == 0) {
			return null;
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			IEditorPart editor = IDE.openEditor(page, files[0], activate);
			if (editor instanceof ITextEditor text) {
				text.selectAndReveal(location.offset(), location.length());
				return text;
			}
		} catch (PartInitException e) {
			CogovUiPlugin.log("cannot open " + files[0].getName(), e); //$NON-NLS-1$
		}
		return null;
	}
}
