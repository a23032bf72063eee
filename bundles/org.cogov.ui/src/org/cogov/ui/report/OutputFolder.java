/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks for the folder of a report, proposing the project's {@code reports} folder. The folder is created for the
 * dialog to open in it, and removed again when the researcher chose another one and it is still empty.
 */
final class OutputFolder {

	static final String DEFAULT = "reports"; //$NON-NLS-1$

	private OutputFolder() {
	}

	/** The chosen folder, or null when the researcher cancelled. */
	static Path choose(Shell shell, IProject project) {
		Path projectFolder = project.getLocation().toFile().toPath();
		Path reports = projectFolder.resolve(DEFAULT);
		boolean created = false;
		if (!Files.exists(reports)) {
			try {
				Files.createDirectories(reports);
				created = true;
			} catch (IOException e) {
				// the dialog opens in the project folder instead
			}
		}
		DirectoryDialog dialog = new DirectoryDialog(shell, SWT.NONE);
		dialog.setText(Messages.Export_title);
		dialog.setMessage(NLS.bind(Messages.Export_folder, project.getName()));
		dialog.setFilterPath((Files.isDirectory(reports) ? reports : projectFolder).toString());
		String chosen = dialog.open();
		Path folder = chosen == null ? null : Path.of(chosen);
		if (created && !reports.equals(folder)) {
			try {
				Files.deleteIfExists(reports);
			} catch (IOException e) {
				// not empty any more: the researcher put something there, keep it
			}
		}
		return folder;
	}
}
