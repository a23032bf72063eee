/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.wizards;

import java.lang.reflect.InvocationTargetException;

import org.cogov.ui.CogovUiPlugin;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/** The end of both wizards: run the file operation with progress, then reveal and open the case file. */
final class WizardFinish {

	private WizardFinish() {
	}

	/** Runs the operation in the wizard's progress area; false (the wizard stays open) when it failed or was cancelled. */
	static boolean run(BasicNewResourceWizard wizard, StudyFilesOperation operation, IFile open, String failure) {
		try {
			wizard.getContainer().run(true, true, operation);
		} catch (InterruptedException e) {
			return false;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() != null ? e.getCause() : e;
			CogovUiPlugin.log(failure, cause);
			IStatus status = cause instanceof CoreException core ? core.getStatus()
					: new Status(IStatus.ERROR, CogovUiPlugin.ID, String.valueOf(cause.getLocalizedMessage()));
			ErrorDialog.openError(wizard.getShell(), wizard.getWindowTitle(), failure, status);
			return false;
		}
		IWorkbenchWindow window = wizard.getWorkbench().getActiveWorkbenchWindow();
		BasicNewResourceWizard.selectAndReveal(open, window);
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page != null) {
			try {
				IDE.openEditor(page, open, true);
			} catch (PartInitException e) {
				CogovUiPlugin.log("cannot open " + open.getFullPath(), e); //$NON-NLS-1$
				ErrorDialog.openError(wizard.getShell(), wizard.getWindowTitle(),
						NLS.bind(Messages.Wizard_openFailed, open.getFullPath().toString()), e.getStatus());
			}
		}
		return true;
	}
}
