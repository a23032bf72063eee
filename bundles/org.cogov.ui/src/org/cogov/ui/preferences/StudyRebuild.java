/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.preferences;

import org.cogov.ui.CogovUiPlugin;
import org.cogov.ui.markers.StudyBuilder;
import org.cogov.ui.markers.StudyNature;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

/** After the settings changed: checks every open study project again, in the background. */
final class StudyRebuild {

	private StudyRebuild() {
	}

	static void schedule() {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		WorkspaceJob job = new WorkspaceJob(Messages.Rebuild_job) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) {
				IProject[] projects = workspace.getRoot().getProjects();
				SubMonitor progress = SubMonitor.convert(monitor, Messages.Rebuild_job, projects.length);
				for (IProject project : projects) {
					try {
						if (project.isOpen() && project.hasNature(StudyNature.ID)) {
							project.build(IncrementalProjectBuilder.FULL_BUILD, StudyBuilder.ID, null, progress.split(1));
						} else {
							progress.worked(1);
						}
					} catch (CoreException e) {
						CogovUiPlugin.log("cannot check " + project.getName() + " again", e); //$NON-NLS-1$ //$NON-NLS-2$
					}
				}
				return Status.OK_STATUS;
			}
		};
		job.setRule(workspace.getRuleFactory().buildRule());
		job.schedule();
	}
}
