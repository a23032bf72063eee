/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.naming;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cogov.model.NamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import com.google.inject.Inject;

/**
 * The qualified name of a study element: the names of its named containers and its own, e.g.
 * {@code Synthetic.City0001.DA}; an element without a name (a role, a share, a right) has none. These are the names
 * Xtext's declarative provider gives, read from the metamodel's one name attribute ({@link NamedElement}) and put
 * together in one walk up the containers. Why: linking and indexing a study of thousands of cases ask for millions
 * of names; the declarative provider finds the attribute by reflection through a synchronised cache that the files
 * linked side by side contend for, and keeps every name in the file's cache, which cost more than the walk.
 */
public class StudyQualifiedNames extends IQualifiedNameProvider.AbstractImpl {

	@Inject
	private IQualifiedNameConverter converter;

	@Override
	public QualifiedName getFullyQualifiedName(EObject element) {
		if (name(element) == null) {
			return null;
		}
		int count = 0;
		for (EObject named = element; named != null; named = named.eContainer()) {
			String name = name(named);
			if (name != null && name.indexOf('.') >= 0) {
				return withSeparators(element);
			}
			count += name == null ? 0 : 1;
		}
		String[] segments = new String[count];
		for (EObject named = element; named != null; named = named.eContainer()) {
			String name = name(named);
			if (name != null) {
				segments[--count] = name;
			}
		}
		return QualifiedName.create(segments);
	}

	/** The qualified name when a name holds the separator: its parts are segments of their own, as Xtext has it. */
	private QualifiedName withSeparators(EObject element) {
		List<String> segments = new ArrayList<>();
		for (EObject named = element; named != null; named = named.eContainer()) {
			String name = name(named);
			if (name != null) {
				List<String> parts = new ArrayList<>(converter.toQualifiedName(name).getSegments());
				Collections.reverse(parts);
				segments.addAll(parts);
			}
		}
		Collections.reverse(segments);
		return QualifiedName.create(segments);
	}

	private static String name(EObject element) {
		return element instanceof NamedElement named && named.getName() != null && !named.getName().isEmpty() ? named.getName()
				: null;
	}
}
