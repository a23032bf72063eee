/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.report;

import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.cogov.dsl.study.FileDiagnostic;
import org.cogov.ui.CogovUiPlugin;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** What the report export tells the researcher, shown in dialogs on the UI thread from the background job. */
final class ReportDialogs implements ReportFeedback {

	private static final int MAX_LISTED = 50;

	@Override
	public void inform(String message) {
		async(shell -> MessageDialog.openInformation(shell, Messages.Export_title, message));
	}

	/** The syntax and reference errors that stop the export, one line each under the dialog's details. */
	@Override
	public void broken(IProject project, List<FileDiagnostic> broken) {
		Path base = project.getLocation().toFile().toPath();
		MultiStatus status = new MultiStatus(CogovUiPlugin.ID, 0, NLS.bind(Messages.Export_brokenCount, broken.size()), null);
		for (FileDiagnostic d : broken.subList(0, Math.min(MAX_LISTED, broken.size()))) {
			Path file = d.file().startsWith(base) ? base.relativize(d.file()) : d.file();
			status.add(Status.error(NLS.bind(Messages.Export_brokenLine, new Object[] { file, d.line(), d.message() })));
		}
		if (broken.size() > MAX_LISTED) {
			status.add(Status.error(NLS.bind(Messages.Export_brokenMore, broken.size() - MAX_LISTED)));
		}
		async(shell -> ErrorDialog.openError(shell, Messages.Export_title, Messages.Export_broken, status));
	}

	/** A failure in plain words; the exception's message under the details, its stack trace only in the log. */
	@Override
	public void failed(String message, Throwable error) {
		String detail = error.getLocalizedMessage() != null ? error.getLocalizedMessage() : error.getClass().getSimpleName();
		IStatus status = new Status(IStatus.ERROR, CogovUiPlugin.ID, detail);
		async(shell -> ErrorDialog.openError(shell, Messages.Export_title, message, status));
	}

	/** Tells where the report is and offers to open report.html in the system's browser. */
	@Override
	public void written(Path folder, Path html) {
		async(shell -> {
			MessageDialog dialog = new MessageDialog(shell, Messages.Export_title, null, NLS.bind(Messages.Export_done, folder),
					MessageDialog.INFORMATION, 0, Messages.Export_open, IDialogConstants.CLOSE_LABEL);
			if (dialog.open() == 0) {
				open(shell, html);
			}
		});
	}

	private static void open(Shell shell, Path html) {
		if (Program.launch(html.toString())) {
			return;
		}
		try {
			PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(html.toUri().toURL());
		} catch (PartInitException | MalformedURLException e) {
			CogovUiPlugin.log("cannot open " + html, e); //$NON-NLS-1$
			MessageDialog.openInformation(shell, Messages.Export_title, NLS.bind(Messages.Export_noBrowser, html));
		}
	}

	/** Runs on the UI thread with the workbench's shell for dialogs; nothing when the workbench has closed. */
	private static void async(Consumer<Shell> task) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (PlatformUI.isWorkbenchRunning()) {
					task.accept(PlatformUI.getWorkbench().getModalDialogShellProvider().getShell());
				}
			});
		}
	}
}
