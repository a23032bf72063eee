/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.markers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cogov.dsl.study.FileDiagnostic;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.LocationKind;
import org.cogov.dsl.study.LoadedStudy;
import org.cogov.dsl.study.StudyLoader;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Validates every study file of a CoGov project after a change (also files no editor has open), as one study so
 * that references across files resolve, and shows the findings as markers.
 */
public class StudyBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.cogov.ui.studyBuilder"; //$NON-NLS-1$

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = getDelta(getProject());
		if (kind != FULL_BUILD && delta != null && !touchesStudyFiles(delta)) {
			return null;
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Checking CoGov studies", 2); //$NON-NLS-1$
		List<IFile> files = new ArrayList<>();
		getProject().accept(resource -> {
			if (resource instanceof IFile file && "cogov".equals(file.getFileExtension()) && file.getLocation() != null) { //$NON-NLS-1$
				files.add(file);
			}
			return true;
		});
		List<Path> paths = files.stream().map(f -> f.getLocation().toFile().toPath()).toList();
		LoadedStudy study = StudyLoader.standalone().load(paths, true, StudyLoader.Progress.NONE);
		progress.worked(1);
		for (IFile file : files) {
			if (FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) != null) {
				continue; // open in an editor: its reconciler keeps the markers of the text being edited
			}
			Path path = file.getLocation().toFile().toPath();
			List<StudyMarkers.Finding> findings = new ArrayList<>();
			for (FileDiagnostic d : study.diagnostics()) {
				if (d.file().equals(path)) {
					int severity = d.isError() ? IMarker.SEVERITY_ERROR
							: d.severity() == FileDiagnostic.Severity.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO;
					findings.add(new StudyMarkers.Finding(severity, d.code(), message(d), d.line(), d.offset(), d.length(), d.element()));
				}
			}
			StudyMarkers.replace(file, findings);
		}
		progress.worked(1);
		return null;
	}

	/** Rule messages begin with their code in the editor; the builder's diagnostics carry the code apart. */
	private static String message(FileDiagnostic d) {
		return d.code().startsWith("COGOV-") ? d.code() + " " + d.message() : d.message(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static boolean touchesStudyFiles(IResourceDelta delta) throws CoreException {
		boolean[] found = { false };
		delta.accept(d -> {
			if (d.getResource() instanceof IFile file && ("cogov".equals(file.getFileExtension()) //$NON-NLS-1$
					|| file.getName().startsWith("cogov-"))) { //$NON-NLS-1$
				found[0] = true;
			}
			return !found[0];
		});
		return found[0];
	}
}
