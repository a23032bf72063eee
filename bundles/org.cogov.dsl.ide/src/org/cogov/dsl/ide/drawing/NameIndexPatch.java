/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.ide.drawing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cogov.dsl.study.StudyIndex;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

/**
 * Tells the study's index of names (when one is installed on the resource set, e.g. the StudyIndex of
 * org.cogov.dsl) the names an edit gives while the edit is computed, and puts the index's entries back afterwards.
 * Why: Xtext writes a reference into another file with a name it looks up in the index; an index that still holds
 * the names of before a rename would keep the old name in the other file (CountyA.DA instead of CountyA.DataAuth).
 */
final class NameIndexPatch {

	private final ResourceDescriptionsData index;
	private final Map<URI, IResourceDescription> saved = new LinkedHashMap<>();

	NameIndexPatch(ResourceSet set) {
		index = set == null ? null : ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(set);
	}

	/** Indexes the files' current names, keeping the entries they replace. */
	void announce(Collection<? extends Resource> files) {
		if (index == null) {
			return;
		}
		for (Resource file : files) {
			URI key = key(file);
			if (key != null && file instanceof XtextResource text && text.getResourceServiceProvider() != null) {
				saved.putIfAbsent(key, index.getResourceDescription(key));
				IResourceDescription now = text.getResourceServiceProvider().getResourceDescriptionManager().getResourceDescription(text);
				index.addDescription(key, StudyIndex.snapshot(key, now));
			}
		}
	}

	/** Puts back the entries replaced by {@link #announce(Collection)}. */
	void restore() {
		if (index != null) {
			saved.forEach(index::addDescription);
			saved.clear();
		}
	}

	/** The URI under which the index holds the file, if it does. */
	private URI key(Resource file) {
		URI uri = file.getURI();
		if (index.getResourceDescription(uri) != null) {
			return uri;
		}
		URI normalized = file.getResourceSet() == null ? uri : file.getResourceSet().getURIConverter().normalize(uri);
		return index.getResourceDescription(normalized) != null ? normalized : null;
	}
}
