/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.ide.editing;

import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cogov.dsl.study.StudyIndex;
import org.cogov.model.PlatformCase;
import org.cogov.model.Study;
import org.cogov.model.resource.CogovResourceFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * The study files of one folder as the editor sees them: open documents hold their current text, the others are
 * read from disk, all in one resource set so that references across files resolve. When a file changes on disk,
 * {@link #fileChanged(URI)} drops its old state.
 * <p>
 * The names the files export are kept in a {@link StudyIndex}, which follows files being read and dropped and is
 * told of every re-parse: re-checking one edited case of a study of thousands of files then links against the
 * index instead of asking every file for every name.
 */
public final class StudyWorkspace {

	private final Injector injector;
	private final XtextResourceSet resourceSet;
	private final Map<URI, StudyDocument> documents = new HashMap<>();
	private final Object lock = new Object();

	public StudyWorkspace(Injector injector) {
		this.injector = injector;
		this.resourceSet = injector.getInstance(XtextResourceSet.class);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(CogovResourceFactory.XMI_EXTENSION,
				new CogovResourceFactory());
		// this injector's parser, not whichever injector registered itself globally last: content assist maps the
		// parsed grammar elements back to rule names by identity, so both must come from the same grammar
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("cogov", //$NON-NLS-1$
				injector.getInstance(IResourceFactory.class));
		StudyIndex.install(resourceSet);
	}

	public Injector injector() {
		return injector;
	}

	/** Held by whoever reads or changes the models of this folder (the resource set is not thread-safe). */
	public Object lock() {
		return lock;
	}

	XtextResourceSet resourceSet() {
		return resourceSet;
	}

	/** The document for a file URI (file:/...), created on first use. */
	public StudyDocument document(URI uri) {
		synchronized (lock) {
			return documents.computeIfAbsent(uri, u -> new StudyDocument(this, u));
		}
	}

	public void close(URI uri) {
		synchronized (lock) {
			StudyDocument document = documents.remove(uri);
			if (document != null && document.resource() != null) {
				Resource resource = document.resource();
				resource.unload();
				resourceSet.getResources().remove(resource);
			}
		}
	}

	/** Every case of every loaded file of the folder (read with the lock held), ordered by name. */
	public List<PlatformCase> cases() {
		synchronized (lock) {
			List<PlatformCase> cases = new ArrayList<>();
			for (Resource resource : resourceSet.getResources()) {
				for (Object root : resource.getContents()) {
					if (root instanceof Study study) {
						cases.addAll(study.getCases());
					}
				}
			}
			cases.sort(Comparator.comparing(c -> c.getName() == null ? "" : c.getName())); //$NON-NLS-1$
			return cases;
		}
	}

	/** A study file other than an open document changed or disappeared on disk: read it again next time. */
	public void fileChanged(URI uri) {
		synchronized (lock) {
			if (documents.containsKey(uri)) {
				return;
			}
			Resource resource = resourceSet.getResource(uri, false);
			if (resource != null) {
				resource.unload();
				resourceSet.getResources().remove(resource);
			}
		}
	}

	/** Loads the other study files of the document's folder that are not loaded yet. */
	void loadSiblings(URI uri) { // called with the lock held
		if (!uri.isFile()) {
			return;
		}
		File folder = new File(uri.toFileString()).getParentFile();
		File[] files = folder == null ? null : folder.listFiles((dir, name) -> name.endsWith(".cogov")); //$NON-NLS-1$
		if (files == null) {
			return;
		}
		for (File file : files) {
			URI sibling = URI.createFileURI(file.getAbsolutePath());
			if (!sibling.equals(uri) && resourceSet.getResource(sibling, false) == null) {
				try {
					resourceSet.getResource(sibling, true);
				} catch (RuntimeException e) {
					// an unreadable sibling only means fewer names resolve; its own editor reports its problems
					Resource broken = resourceSet.getResource(sibling, false);
					if (broken != null) {
						resourceSet.getResources().remove(broken);
					}
				}
			}
		}
	}
}
