/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.report;

import java.nio.file.Path;

import org.cogov.ui.preferences.WorkbenchSettings;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

/**
 * CoGov &gt; Export Report...: for the study of the selected project or file (or of the active editor), asks for a
 * folder and writes report.html, comparison.csv and report.md there in a background job.
 */
public class ExportReportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		IProject project = SelectedStudy.of(event);
		if (project == null || !project.isOpen() || project.getLocation() == null) {
			MessageDialog.openInformation(shell, Messages.Export_title, Messages.Export_noStudy);
			return null;
		}
		if (!IDE.saveAllEditors(new IResource[] { project }, true)) {
			return null;
		}
		Path folder = OutputFolder.choose(shell, project);
		if (folder != null) {
			new ReportExport(project, folder, WorkbenchSettings.locale(), new ReportDialogs()).schedule();
		}
		return null;
	}
}
