/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.study;

import org.cogov.ui.CogovUiPlugin;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** CoGov > Import Example Study: the four illustrative cases as the project "CoGov Examples". */
public class ImportExampleHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		WorkspaceJob job = new WorkspaceJob(Messages.Example_importing) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				IProject project = ExampleStudy.importInto(ResourcesPlugin.getWorkspace(), monitor);
				PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
					try {
						IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
								project.getFile("county-a.cogov")); //$NON-NLS-1$
					} catch (PartInitException e) {
						CogovUiPlugin.log("cannot open the example", e); //$NON-NLS-1$
					}
				});
				return Status.OK_STATUS;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
		job.schedule();
		return null;
	}
}
