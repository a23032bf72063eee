/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.guide;

import org.cogov.ui.CogovUiPlugin;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help &gt; CoGov Guide (and CoGov &gt; Guide): opens the guide view. */
public class ShowGuideHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		try {
			window.getActivePage().showView(GuideView.ID);
		} catch (PartInitException e) {
			CogovUiPlugin.log("cannot open the CoGov Guide", e); //$NON-NLS-1$
			ErrorDialog.openError(window.getShell(), Messages.GuideView_title, Messages.Guide_openFailed, e.getStatus());
		}
		return null;
	}
}
