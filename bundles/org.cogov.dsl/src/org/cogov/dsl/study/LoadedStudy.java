/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.cogov.model.PlatformCase;
import org.cogov.model.Study;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/** The files of a study as loaded: their models, the cases across all files, and every problem found. */
public final class LoadedStudy {

	private final ResourceSet resourceSet;
	private final Map<Path, Resource> resources;
	private final List<FileDiagnostic> diagnostics;

	LoadedStudy(ResourceSet resourceSet, Map<Path, Resource> resources, List<FileDiagnostic> diagnostics) {
		this.resourceSet = resourceSet;
		this.resources = resources;
		this.diagnostics = diagnostics;
	}

	public ResourceSet resourceSet() {
		return resourceSet;
	}

	/** The files that were loaded, in the order given, each with its resource. */
	public Map<Path, Resource> resources() {
		return Collections.unmodifiableMap(resources);
	}

	public List<Study> studies() {
		List<Study> studies = new ArrayList<>();
		for (Resource resource : resources.values()) {
			for (Object root : resource.getContents()) {
				if (root instanceof Study study) {
					studies.add(study);
				}
			}
		}
		return studies;
	}

	/** Every case of every file, ordered by name. */
	public List<PlatformCase> cases() {
		List<PlatformCase> cases = new ArrayList<>();
		for (Study study : studies()) {
			cases.addAll(study.getCases());
		}
		cases.sort(Comparator.comparing(c -> c.getName() == null ? "" : c.getName())); //$NON-NLS-1$
		return cases;
	}

	/** Problems sorted by file, line and column. */
	public List<FileDiagnostic> diagnostics() {
		return Collections.unmodifiableList(diagnostics);
	}

	public boolean hasErrors() {
		return diagnostics.stream().anyMatch(FileDiagnostic::isError);
	}

	public long count(FileDiagnostic.Severity severity) {
		return diagnostics.stream().filter(d -> d.severity() == severity).count();
	}
}
