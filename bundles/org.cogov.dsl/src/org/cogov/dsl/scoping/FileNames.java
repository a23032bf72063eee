/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.scoping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.ISelectable;

import com.google.common.collect.Iterables;

/**
 * The elements named in one file, as the scopes of its references ask for them: by name as written, by name in any
 * case, by type, by element, and by the namespaces their names lie in ({@link #declaredBelow}). The answers and their
 * order (the order of the file) are those of Xtext's own selectable of a file. Why: that one keys every name in lower
 * case in a linked multimap, which cost more to build than linking the file; names as written are what linking asks
 * for, so the case-blind map is only built when someone asks a case-blind question.
 */
final class FileNames implements ISelectable {

	private final List<IEObjectDescription> all;
	private final Map<QualifiedName, List<IEObjectDescription>> byName = new HashMap<>();
	private final Map<QualifiedName, List<IEObjectDescription>> byNamespace = new HashMap<>();
	private Map<QualifiedName, List<IEObjectDescription>> byNameInAnyCase;

	FileNames(List<IEObjectDescription> all) {
		this.all = all;
		for (IEObjectDescription element : all) {
			QualifiedName name = element.getName();
			byName.computeIfAbsent(name, key -> new ArrayList<>(1)).add(element);
			for (int length = 1; length < name.getSegmentCount(); length++) {
				byNamespace.computeIfAbsent(name.skipLast(name.getSegmentCount() - length), key -> new ArrayList<>()).add(element);
			}
		}
	}

	/** The elements whose names begin with a namespace's name ({@code S.K.DA} lies in {@code S} and {@code S.K}). */
	List<IEObjectDescription> declaredBelow(QualifiedName namespace) {
		return byNamespace.getOrDefault(namespace, List.of());
	}

	@Override
	public boolean isEmpty() {
		return all.isEmpty();
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjects() {
		return all;
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjects(EClass type, QualifiedName name, boolean ignoreCase) {
		List<IEObjectDescription> named = ignoreCase ? byNameInAnyCase().get(name.toLowerCase()) : byName.get(name);
		return named == null ? List.of() : Iterables.filter(named, element -> EcoreUtil2.isAssignableFrom(type, element.getEClass()));
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjectsByType(EClass type) {
		return Iterables.filter(all, element -> EcoreUtil2.isAssignableFrom(type, element.getEClass()));
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjectsByObject(EObject object) {
		URI uri = all.isEmpty() ? null : EcoreUtil2.getPlatformResourceOrNormalizedURI(object);
		return Iterables.filter(all, element -> element.getEObjectOrProxy() == object || uri.equals(element.getEObjectURI()));
	}

	private synchronized Map<QualifiedName, List<IEObjectDescription>> byNameInAnyCase() {
		if (byNameInAnyCase == null) {
			byNameInAnyCase = new HashMap<>();
			for (IEObjectDescription element : all) {
				byNameInAnyCase.computeIfAbsent(element.getName().toLowerCase(), key -> new ArrayList<>(1)).add(element);
			}
		}
		return byNameInAnyCase;
	}
}
