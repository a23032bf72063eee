/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.editor;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.cogov.dsl.ide.editing.StudyDocument;
import org.cogov.dsl.ide.editing.StudyWorkspace;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;

import com.google.inject.Injector;

/**
 * The bridge between the workbench's text documents and the headless study models: one {@link StudyWorkspace} per
 * folder, one {@link StudyDocument} per edited file, and listeners (outline, analysis and diagram views) told when
 * a document's model has been brought up to date. Files changed on disk are re-read by the folder's workspace.
 */
public final class StudyDocuments implements IResourceChangeListener {

	private final Injector injector;
	private final Map<File, StudyWorkspace> workspaces = new HashMap<>();
	private final List<Consumer<StudyDocument>> listeners = new CopyOnWriteArrayList<>();

	public StudyDocuments(Injector injector) {
		this.injector = injector;
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
	}

	public Injector injector() {
		return injector;
	}

	/** The model of the file behind a text document, or null when the document is not a CoGov file. */
	public StudyDocument forDocument(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null) {
			return null;
		}
		IFile file = FileBuffers.getWorkspaceFileAtLocation(buffer.getLocation());
		return file == null ? null : forFile(file);
	}

	/** The model of a workspace file, or null when it is not a CoGov file on the local disk. */
	public StudyDocument forFile(IFile file) {
		IPath location = file.getLocation();
		if (location == null || !"cogov".equals(file.getFileExtension())) { //$NON-NLS-1$
			return null;
		}
		File path = location.toFile();
		StudyWorkspace workspace;
		synchronized (workspaces) {
			workspace = workspaces.computeIfAbsent(path.getParentFile(), folder -> new StudyWorkspace(injector));
		}
		return workspace.document(URI.createFileURI(path.getAbsolutePath()));
	}

	/** The workspace file of a document model. */
	public static IFile fileOf(StudyDocument document) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot()
				.findFilesForLocationURI(new File(document.uri().toFileString()).toURI());
		return files.length == 0 ? null : files[0];
	}

	public void addListener(Consumer<StudyDocument> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<StudyDocument> listener) {
		listeners.remove(listener);
	}

	/** Called by the reconciler after a document's model was updated and validated. */
	void modelChanged(StudyDocument document) {
		for (Consumer<StudyDocument> listener : listeners) {
			try {
				listener.accept(document);
			} catch (RuntimeException e) {
				org.cogov.ui.CogovUiPlugin.log("a view failed to follow a study change", e); //$NON-NLS-1$
			}
		}
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null) {
			return;
		}
		try {
			event.getDelta().accept(delta -> {
				if (delta.getResource() instanceof IFile file && "cogov".equals(file.getFileExtension()) //$NON-NLS-1$
						&& (delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & IResourceDelta.CONTENT) != 0)) {
					IPath location = file.getLocation();
					if (location != null) {
						StudyWorkspace workspace;
						synchronized (workspaces) {
							workspace = workspaces.get(location.toFile().getParentFile());
						}
						if (workspace != null) {
							workspace.fileChanged(URI.createFileURI(location.toFile().getAbsolutePath()));
						}
					}
				}
				return true;
			});
		} catch (CoreException e) {
			org.cogov.ui.CogovUiPlugin.log("cannot follow changes of study files", e); //$NON-NLS-1$
		}
	}
}
