/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.ide.drawing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.AbstractResourceDescription;
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
				List<IEObjectDescription> names = new ArrayList<>();
				now.getExportedObjects().forEach(names::add);
				index.addDescription(key, new Names(key, names));
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

	/** A file's names at one moment: the index registers names when an entry is added and must find the same ones later. */
	private static final class Names extends AbstractResourceDescription {

		private final URI uri;
		private final List<IEObjectDescription> names;

		Names(URI uri, List<IEObjectDescription> names) {
			this.uri = uri;
			this.names = names;
		}

		@Override
		protected List<IEObjectDescription> computeExportedObjects() {
			return names;
		}

		@Override
		public URI getURI() {
			return uri;
		}

		@Override
		public Iterable<QualifiedName> getImportedNames() {
			return List.of();
		}

		@Override
		public Iterable<IReferenceDescription> getReferenceDescriptions() {
			return List.of();
		}
	}
}
