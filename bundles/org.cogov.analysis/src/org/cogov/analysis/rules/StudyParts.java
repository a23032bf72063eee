/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cogov.model.Study;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The files of each study in a resource set: the root study elements of one name, in file order. Rules that judge
 * a study as a whole (COGOV-W11) ask for them once per file, so they are found once and kept on the resource set
 * until a file is added, removed or reloaded or a study root changes.
 * <p>
 * Why: finding them anew for every file costs files x files; a national study of 2,850 case files spent most of
 * its validation there.
 */
final class StudyParts extends AdapterImpl {

	/** Study roots by study name; null when something changed since they were found. */
	private volatile Map<String, List<Study>> byName;
	/** Whether any root of a study name lists sources; cleared with the roots. */
	private final Map<String, Boolean> withSources = new ConcurrentHashMap<>();

	private StudyParts() {
	}

	/** The root study elements named like this one across the files of its resource set (at least the study itself). */
	static List<Study> of(Study study) {
		Resource resource = study.eResource();
		ResourceSet set = resource == null ? null : resource.getResourceSet();
		if (set == null || study.getName() == null) {
			return List.of(study);
		}
		StudyParts parts;
		synchronized (set) {
			parts = (StudyParts) EcoreUtil.getExistingAdapter(set, StudyParts.class);
			if (parts == null) {
				parts = new StudyParts();
				set.eAdapters().add(parts);
			}
		}
		List<Study> found = parts.find(set).get(study.getName());
		// a study root that is not in its resource's contents (being built or removed) stands alone
		return found == null || study.eContainer() != null || !resource.getContents().contains(study) ? List.of(study) : found;
	}

	/** Whether any file of the study lists sources; asked once per file, so kept with the parts. */
	static boolean anyWithSources(Study study) {
		List<Study> parts = of(study);
		if (parts.size() == 1) {
			return !study.getSources().isEmpty();
		}
		StudyParts cache = (StudyParts) EcoreUtil.getExistingAdapter(study.eResource().getResourceSet(), StudyParts.class);
		return cache.withSources.computeIfAbsent(study.getName(), name -> parts.stream().anyMatch(part -> !part.getSources().isEmpty()));
	}

	private synchronized Map<String, List<Study>> find(ResourceSet set) {
		Map<String, List<Study>> current = byName;
		if (current != null) {
			return current;
		}
		current = new LinkedHashMap<>();
		for (Resource resource : List.copyOf(set.getResources())) {
			watch(resource);
			for (EObject root : resource.getContents()) {
				if (root instanceof Study study && study.getName() != null) {
					watch(study); // a renamed study moves to another list
					current.computeIfAbsent(study.getName(), name -> new ArrayList<>()).add(study);
				}
			}
		}
		byName = current;
		return current;
	}

	private void watch(org.eclipse.emf.common.notify.Notifier notifier) {
		List<Adapter> adapters = notifier.eAdapters();
		if (!adapters.contains(this)) {
			adapters.add(this);
		}
	}

	@Override
	public void notifyChanged(Notification notification) {
		// resolving a proxy or adding an adapter changes nothing a rule sees
		if (!notification.isTouch()) {
			byName = null;
			withSources.clear();
		}
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == StudyParts.class;
	}
}
