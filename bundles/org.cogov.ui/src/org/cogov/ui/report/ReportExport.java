/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cogov.dsl.study.FileDiagnostic;
import org.cogov.dsl.study.LoadedStudy;
import org.cogov.dsl.study.StudyLoader;
import org.cogov.model.resource.ModelFiles;
import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.report.DiagramFigures;
import org.cogov.report.HtmlReport;
import org.cogov.report.MarkdownReport;
import org.cogov.report.StudyResults;
import org.cogov.report.TableReport;
import org.cogov.ui.CogovUiPlugin;
import org.cogov.ui.preferences.WorkbenchSettings;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Writes the report of a study project in the background: loads every .cogov file of the project as one study,
 * stops with the list of syntax and reference errors if there are any, else analyses it with the study's (or the
 * workbench's) classification parameters and writes report.html, comparison.csv and report.md atomically, then
 * refreshes the folder and offers to open the HTML report.
 */
final class ReportExport extends Job {

	static final String HTML = "report.html"; //$NON-NLS-1$
	static final String CSV = "comparison.csv"; //$NON-NLS-1$
	static final String MARKDOWN = "report.md"; //$NON-NLS-1$

	private final IProject project;
	private final Path folder;
	private final Locale locale;
	private final ReportFeedback feedback;

	ReportExport(IProject project, Path folder, Locale locale, ReportFeedback feedback) {
		super(NLS.bind(Messages.Export_job, project.getName()));
		this.project = project;
		this.folder = folder;
		this.locale = locale;
		this.feedback = feedback;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		try {
			progress.subTask(Messages.Export_loading);
			List<Path> files = studyFiles();
			if (files.isEmpty()) {
				feedback.inform(NLS.bind(Messages.Export_noFiles, project.getName()));
				return Status.OK_STATUS;
			}
			SubMonitor loading = progress.split(40);
			LoadedStudy study = StudyLoader.standalone().load(files, true, (done, total, what) -> {
				if (loading.isCanceled()) {
					throw new OperationCanceledException();
				}
			});
			List<FileDiagnostic> broken = study.diagnostics().stream()
					.filter(d -> d.isError() && (d.code() == null || !d.code().startsWith("COGOV-"))).toList(); //$NON-NLS-1$
			if (!broken.isEmpty()) {
				feedback.broken(project, broken);
				return Status.OK_STATUS;
			}
			if (study.cases().isEmpty()) {
				feedback.inform(NLS.bind(Messages.Export_noCases, project.getName()));
				return Status.OK_STATUS;
			}
			progress.subTask(Messages.Export_analysing);
			ClassificationParameters parameters = WorkbenchSettings.parametersFor(projectFolder());
			StudyResults results = new StudyResults(study, parameters, locale);
			progress.worked(20);
			progress.subTask(Messages.Export_html);
			write(HTML, HtmlReport.write(results, new DiagramFigures(parameters, locale)));
			progress.worked(20);
			progress.subTask(Messages.Export_csv);
			write(CSV, TableReport.csv(results));
			progress.worked(5);
			progress.subTask(Messages.Export_markdown);
			write(MARKDOWN, MarkdownReport.write(results));
			progress.worked(5);
			refresh(progress.split(10));
			feedback.written(folder, folder.resolve(HTML));
			return Status.OK_STATUS;
		} catch (IOException | RuntimeException e) {
			if (e instanceof OperationCanceledException) {
				return Status.CANCEL_STATUS;
			}
			CogovUiPlugin.log("the report of " + project.getName() + " could not be written to " + folder, e); //$NON-NLS-1$ //$NON-NLS-2$
			feedback.failed(NLS.bind(Messages.Export_failed, folder), e);
			return Status.OK_STATUS;
		}
	}

	/** Every .cogov file of the project, as the study builder checks them. */
	private List<Path> studyFiles() {
		List<Path> files = new ArrayList<>();
		try {
			project.accept(resource -> {
				if (resource instanceof IFile file && StudyLoader.DSL_EXTENSION.equals(file.getFileExtension())
						&& file.getLocation() != null) {
					files.add(file.getLocation().toFile().toPath());
				}
				return true;
			});
		} catch (CoreException e) {
			CogovUiPlugin.log("cannot list the files of " + project.getName(), e); //$NON-NLS-1$
		}
		return files;
	}

	private Path projectFolder() {
		return project.getLocation().toFile().toPath();
	}

	private void write(String name, String content) throws IOException {
		ModelFiles.write(folder.resolve(name), content.getBytes(StandardCharsets.UTF_8));
	}

	/** Makes the new files visible when the folder is in the workspace. */
	private void refresh(IProgressMonitor monitor) {
		IContainer[] containers = ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(folder.toUri());
		SubMonitor progress = SubMonitor.convert(monitor, containers.length);
		for (IContainer container : containers) {
			IContainer known = container;
			while (!known.exists() && known.getParent() != null) { // a new folder: refresh from where the workspace knows it
				known = known.getParent();
			}
			try {
				known.refreshLocal(known == container ? IResource.DEPTH_ONE : IResource.DEPTH_INFINITE, progress.split(1));
			} catch (CoreException e) {
				CogovUiPlugin.log("cannot refresh " + known.getFullPath(), e); //$NON-NLS-1$
			}
		}
	}
}
