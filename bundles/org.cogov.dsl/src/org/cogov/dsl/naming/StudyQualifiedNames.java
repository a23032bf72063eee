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
		String own = name(element);
		if (own == null) {
			return null;
		}
		List<String> segments = new ArrayList<>(4);
		addSegments(own, segments);
		for (EObject container = element.eContainer(); container != null; container = container.eContainer()) {
			String name = name(container);
			if (name != null) {
				addSegments(name, segments);
			}
		}
		Collections.reverse(segments);
		return QualifiedName.create(segments);
	}

	private static String name(EObject element) {
		return element instanceof NamedElement named && named.getName() != null && !named.getName().isEmpty() ? named.getName()
				: null;
	}

	/** A name's segments, last first; a name holds one segment unless it holds the separator. */
	private void addSegments(String name, List<String> segmentsLastFirst) {
		if (name.indexOf('.') < 0) {
			segmentsLastFirst.add(name);
		} else {
			List<String> segments = new ArrayList<>(converter.toQualifiedName(name).getSegments());
			Collections.reverse(segments);
			segmentsLastFirst.addAll(segments);
		}
	}
}
