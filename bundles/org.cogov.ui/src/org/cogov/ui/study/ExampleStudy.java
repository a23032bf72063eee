/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.study;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;

import org.cogov.ui.markers.StudyNature;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.framework.Bundle;

/**
 * The illustrative example study (four invented cases) as a workspace project "CoGov Examples", copied from the
 * bundle's examples folder, with the CoGov study nature so that its files are checked.
 */
public final class ExampleStudy {

	public static final String PROJECT = "CoGov Examples"; //$NON-NLS-1$

	private ExampleStudy() {
	}

	/** Creates the project if it does not exist yet; returns it. */
	public static IProject importInto(IWorkspace workspace, IProgressMonitor monitor) throws CoreException {
		IProject project = workspace.getRoot().getProject(PROJECT);
		if (project.exists()) {
			if (!project.isOpen()) {
				project.open(monitor);
			}
			return project;
		}
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Example_importing, 10);
		project.create(progress.split(1));
		project.open(progress.split(1));
		Bundle bundle = Platform.getBundle(org.cogov.ui.CogovUiPlugin.ID);
		Enumeration<URL> entries = bundle.findEntries("examples", "*", false); //$NON-NLS-1$ //$NON-NLS-2$
		if (entries == null) {
			throw new CoreException(Status.error("the example study is missing from " + bundle.getSymbolicName())); //$NON-NLS-1$
		}
		while (entries.hasMoreElements()) {
			URL entry = entries.nextElement();
			String name = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
			if (name.isEmpty()) {
				continue;
			}
			IFile file = project.getFile(name);
			try (InputStream in = entry.openStream()) {
				file.create(in, true, progress.split(1));
			} catch (IOException e) {
				throw new CoreException(new Status(IStatus.ERROR, org.cogov.ui.CogovUiPlugin.ID, "cannot copy " + name, e)); //$NON-NLS-1$
			}
		}
		StudyNature.addTo(project);
		return project;
	}

	public static IProject project() {
		return ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
	}
}
