/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.wizards;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cogov.ui.markers.StudyNature;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.ui.actions.WorkspaceModifyOperation;

/**
 * Writes the files of a new study or case as one workspace change: creates and opens the project with the CoGov
 * study nature when it does not exist yet, then creates each file (UTF-8) in a folder of it.
 */
final class StudyFilesOperation extends WorkspaceModifyOperation {

	private final IProject project;
	private final IContainer folder;
	private final String task;
	private final Map<String, String> files = new LinkedHashMap<>();

	/**
	 * @param folder the folder of the files: the project itself or a folder in it
	 * @param task   the progress line
	 */
	StudyFilesOperation(IContainer folder, String task) {
		this.project = folder.getProject();
		this.folder = folder;
		this.task = task;
	}

	/** Adds a file to write, by name in the folder. */
	StudyFilesOperation file(String name, String content) {
		files.put(name, content);
		return this;
	}

	IFile fileOf(String name) {
		return folder.getFile(new Path(name));
	}

	@Override
	protected void execute(IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, task, 3 + files.size());
		if (!project.exists()) {
			project.create(progress.split(1));
		} else {
			progress.worked(1);
		}
		if (!project.isOpen()) {
			project.open(progress.split(1));
		} else {
			progress.worked(1);
		}
		StudyNature.addTo(project);
		progress.worked(1);
		for (Map.Entry<String, String> entry : files.entrySet()) {
			IFile file = fileOf(entry.getKey());
			file.create(entry.getValue().getBytes(StandardCharsets.UTF_8), false, false, progress.split(1));
			if (!"cogov".equals(file.getFileExtension())) { //$NON-NLS-1$
				// properties files default to ISO-8859-1 in Eclipse; these are read as UTF-8 by CoGov
				file.setCharset(StandardCharsets.UTF_8.name(), null);
			}
		}
	}
}
