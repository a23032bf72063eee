/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.ide.editing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cogov.dsl.study.StudyIndex;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * One CoGov document being edited: its current text parsed into a resource that lives in the resource set of its
 * study folder, so that names of the study's other files resolve. Every editor service (completion, hover,
 * definition, outline, highlighting, quick fixes) reads this resource. Not thread-safe by itself: callers hold
 * {@link #lock()} while they read or update it (the workbench updates it off the UI thread).
 */
public final class StudyDocument {

	private final StudyWorkspace workspace;
	private final URI uri;
	private XtextResource resource;
	private String text = ""; //$NON-NLS-1$

	StudyDocument(StudyWorkspace workspace, URI uri) {
		this.workspace = workspace;
		this.uri = uri;
	}

	public URI uri() {
		return uri;
	}

	public StudyWorkspace workspace() {
		return workspace;
	}

	/** Held while reading or updating the document's model: one lock for all documents of a study folder. */
	public Object lock() {
		return workspace.lock();
	}

	/** The text of the last update. */
	public String text() {
		synchronized (lock()) {
			return text;
		}
	}

	/** Parses the text and links it with the study's other files; returns the resource. */
	public XtextResource update(String newText) {
		synchronized (lock()) {
			XtextResourceSet set = workspace.resourceSet();
			if (resource == null) {
				resource = (XtextResource) set.getResource(uri, false);
				if (resource == null) {
					resource = (XtextResource) set.createResource(uri);
				}
			}
			if (!resource.isLoaded() || !newText.equals(text)) {
				try {
					if (resource.isLoaded()) {
						resource.reparse(newText);
					} else {
						resource.load(new ByteArrayInputStream(newText.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
					}
				} catch (IOException e) {
					throw new IllegalStateException("reading text from memory cannot fail", e); //$NON-NLS-1$
				}
				text = newText;
				StudyIndex.update(resource); // before anything links against the document's new names
			}
			workspace.loadSiblings(uri);
			EcoreUtil.resolveAll(resource);
			return resource;
		}
	}

	/** The parsed resource (after at least one update), or null. */
	public XtextResource resource() {
		synchronized (lock()) {
			return resource;
		}
	}

	/** Syntax, linking and governance-rule issues of the current text; cancellable. */
	public List<Issue> validate(CancelIndicator cancel) {
		synchronized (lock()) {
			if (resource == null) {
				return List.of();
			}
			return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, cancel);
		}
	}
}
