/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.rcp;

import org.cogov.ui.CogovPerspective;
import org.cogov.ui.study.ExampleStudy;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.ide.IDE;

/**
 * The first start of CoGov Studio in a workspace: imports the example study and opens County A, so that a new
 * user has a study to explore. Later starts leave the workspace as the user left it.
 */
public class FirstStart implements IStartup {

	private static final String FIRST_FILE = "county-a.cogov"; //$NON-NLS-1$

	@Override
	public void earlyStartup() {
		if (ExampleStudy.project().exists()) {
			return;
		}
		WorkspaceJob job = new WorkspaceJob(Messages.FirstStart_importing) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				IProject project = ExampleStudy.importInto(ResourcesPlugin.getWorkspace(), monitor);
				PlatformUI.getWorkbench().getDisplay().asyncExec(() -> show(project.getFile(FIRST_FILE)));
				return Status.OK_STATUS;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
		job.schedule();
	}

	private static void show(IFile file) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null) {
			return;
		}
		try {
			IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(CogovPerspective.ID, window);
			IDE.openEditor(page, file);
		} catch (WorkbenchException e) {
			org.eclipse.core.runtime.ILog.of(FirstStart.class).log(Status.error("cannot open " + file.getName(), e)); //$NON-NLS-1$
		}
	}

}
