/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.study;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.AbstractResourceDescription;
import org.eclipse.xtext.resource.impl.EObjectDescriptionLookUp;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

/**
 * The names that the files of a study export (cases, departments, interviewees, documents, ...), indexed by
 * qualified name and attached to the study's resource set, so that each reference to another file resolves with
 * one lookup.
 * <p>
 * Why: without an index, Xtext's standalone scoping asks every file of the resource set for every name, so linking
 * a study costs files x references; a national study of 2,850 case files took minutes to link. Xtext uses the
 * index when one is installed on the resource set ({@link ResourceDescriptionsData.ResourceSetAdapter}).
 * <p>
 * Once installed, the index follows the resource set by itself: a file is indexed when it has been read (also when
 * a reference loads it on demand) and forgotten when it is unloaded or removed. Only a change of a loaded file's
 * text (an editor's re-parse) must be announced with {@link #update(Resource)}, before anything links against it.
 * Only CoGov text files export names, as before: XMI files are not visible by name from text files.
 */
public final class StudyIndex extends AdapterImpl {

	private final ResourceDescriptionsData data = new IndexData();

	private StudyIndex() {
	}

	/** Installs the index on a resource set (once) and indexes the files already read. */
	public static void install(ResourceSet set) {
		if (EcoreUtil.getExistingAdapter(set, StudyIndex.class) != null) {
			return;
		}
		StudyIndex index = new StudyIndex();
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(set, index.data);
		set.eAdapters().add(index);
		for (Resource resource : List.copyOf(set.getResources())) {
			index.watch(resource);
		}
	}

	/** Re-indexes a file whose text changed while loaded (a re-parse); nothing happens without an index. */
	public static void update(Resource resource) {
		PreparedNames.take(resource); // taken from an older text
		ResourceSet set = resource.getResourceSet();
		StudyIndex index = set == null ? null : (StudyIndex) EcoreUtil.getExistingAdapter(set, StudyIndex.class);
		if (index != null) {
			index.index(resource);
		}
	}

	/**
	 * Takes the names of a text file that has just been read, outside any resource set, so that indexing it when it
	 * joins a study costs nothing. Why: files are read side by side but join the study one after the other, and
	 * taking their names there was a tenth of the time of loading a study. The file must not change in between.
	 */
	static void prepare(Resource resource) {
		IResourceDescription names = names(resource);
		if (names != null) {
			resource.eAdapters().add(new PreparedNames(names));
		}
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == StudyIndex.class;
	}

	@Override
	public void notifyChanged(Notification notification) {
		Object notifier = notification.getNotifier();
		if (notifier instanceof ResourceSet && notification.getFeatureID(ResourceSet.class) == ResourceSet.RESOURCE_SET__RESOURCES) {
			for (Resource added : resources(notification.getNewValue())) {
				watch(added);
			}
			for (Resource removed : resources(notification.getOldValue())) {
				removed.eAdapters().remove(this);
				data.removeDescription(uri(removed, notification.getNotifier()));
			}
		} else if (notifier instanceof Resource resource) {
			switch (notification.getFeatureID(Resource.class)) {
			case Resource.RESOURCE__IS_LOADED -> {
				if (notification.getNewBooleanValue()) {
					index(resource);
				} else {
					data.removeDescription(uri(resource, resource.getResourceSet()));
				}
			}
			case Resource.RESOURCE__URI -> {
				data.removeDescription((URI) notification.getOldValue());
				index(resource);
			}
			default -> {
				// contents and errors change while a file is read or linked; its names are taken once it is read
			}
			}
		}
	}

	private void watch(Resource resource) {
		if (!resource.eAdapters().contains(this)) {
			resource.eAdapters().add(this);
		}
		if (resource.isLoaded()) {
			index(resource);
		}
	}

	private static List<Resource> resources(Object value) {
		List<Resource> result = new ArrayList<>();
		if (value instanceof Resource resource) {
			result.add(resource);
		} else if (value instanceof Collection<?> values) {
			for (Object each : values) {
				if (each instanceof Resource resource) {
					result.add(resource);
				}
			}
		}
		return result;
	}

	/** The URI under which Xtext's containers look a file up: normalised by the resource set. */
	private static URI uri(Resource resource, Object set) {
		return set instanceof ResourceSet resourceSet ? resourceSet.getURIConverter().normalize(resource.getURI())
				: resource.getURI();
	}

	private void index(Resource resource) {
		IResourceDescription names = PreparedNames.take(resource);
		if (names == null || !names.getURI().equals(uri(resource, resource.getResourceSet()))) {
			names = names(resource);
		}
		if (names == null) {
			data.removeDescription(uri(resource, resource.getResourceSet()));
		} else {
			data.addDescription(names.getURI(), names);
		}
	}

	/**
	 * The names a text file exports now, taken from Xtext's description of it and kept as they are: Xtext's own
	 * description recomputes its names after every change, so the index could no longer forget the old ones. The
	 * names keep their elements, so linking gets an element without resolving a proxy; a file whose text changes
	 * must therefore be re-indexed before anything links against it ({@link #update(Resource)}).
	 */
	private static IResourceDescription names(Resource resource) {
		if (!(resource instanceof XtextResource text) || text.getResourceServiceProvider() == null) {
			return null;
		}
		IResourceDescription live = text.getResourceServiceProvider().getResourceDescriptionManager().getResourceDescription(text);
		return snapshot(live.getURI(), live);
	}

	/**
	 * The names a description exports at this moment, under a given URI, as an index entry: the index registers
	 * names when an entry is added and must find the same ones later, whatever happens to the file since.
	 */
	public static IResourceDescription snapshot(URI uri, IResourceDescription live) {
		return new IndexedNames(uri, toList(live.getExportedObjects()));
	}

	private static List<IEObjectDescription> toList(Iterable<IEObjectDescription> names) {
		List<IEObjectDescription> list = new ArrayList<>();
		names.forEach(list::add);
		return list;
	}

	/** The names of a file taken by the reader that read it, until the index takes them. */
	private static final class PreparedNames extends AdapterImpl {

		private final IResourceDescription names;

		PreparedNames(IResourceDescription names) {
			this.names = names;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == PreparedNames.class;
		}

		static IResourceDescription take(Resource resource) {
			PreparedNames prepared = (PreparedNames) EcoreUtil.getExistingAdapter(resource, PreparedNames.class);
			if (prepared == null) {
				return null;
			}
			resource.eAdapters().remove(prepared);
			return prepared.names;
		}
	}

	/**
	 * Xtext's index data, registering the lower-case names that an entry brings (taken in the reader threads)
	 * instead of lower-casing every name while files join the study one after the other. Otherwise as Xtext does it.
	 */
	private static final class IndexData extends ResourceDescriptionsData {

		IndexData() {
			super(List.of());
		}

		@Override
		@SuppressWarnings("unchecked")
		protected void registerDescription(IResourceDescription description, Map<QualifiedName, Object> target) {
			if (!(description instanceof IndexedNames indexed)) {
				super.registerDescription(description, target);
				return;
			}
			for (QualifiedName lowerCase : indexed.lowerCaseNames) {
				Object existing = target.put(lowerCase, description);
				if (existing != null && existing != description) {
					Set<IResourceDescription> descriptions = existing instanceof IResourceDescription one ? new LinkedHashSet<>(List.of(one))
							: (Set<IResourceDescription>) existing;
					descriptions.add(description);
					target.put(lowerCase, descriptions);
				}
			}
		}
	}

	/** One file's names as indexed: no references, no imported names (the index answers name lookups only). */
	private static final class IndexedNames extends AbstractResourceDescription {

		private final URI uri;
		private final List<IEObjectDescription> names;
		private final List<QualifiedName> lowerCaseNames = new ArrayList<>();

		IndexedNames(URI uri, List<IEObjectDescription> names) {
			this.uri = uri;
			this.names = names;
			names.forEach(name -> lowerCaseNames.add(name.getName().toLowerCase()));
			// made here, not on first lookup: files link side by side and look names up in the same entry
			this.lookup = new EObjectDescriptionLookUp(names);
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
