/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.ide.drawing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cogov.dsl.CogovWords;
import org.cogov.model.NamedElement;
import org.cogov.model.PlatformCase;
import org.cogov.model.Study;
import org.cogov.model.resource.ElementPath;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Names for new elements ("Dept1", "Dept2", ...) and checks of names a modeler types: ASCII identifiers of the
 * CoGov language that are not one of its words ({@link CogovWords}, as in the workbench's study wizards). A new name is unused anywhere in its case and among the study's cases and sources, so it
 * neither clashes with a sibling (COGOV-E17) nor hides another element from the references around it.
 */
final class NewNames {

	/** What is wrong with a name a modeler typed, or null when it can be used. */
	String problem(String name) {
		if (!CogovWords.isIdentifier(name)) {
			return "'" + name + "' is not a name: use letters, digits and '_', starting with a letter"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (CogovWords.isWord(name)) {
			return "'" + name + "' is a word of the CoGov language and cannot be a name"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return null;
	}

	/** The first of prefix1, prefix2, ... that the case and its study do not use yet. */
	String next(String prefix, PlatformCase platformCase) {
		Set<String> taken = taken(platformCase);
		for (int i = 1;; i++) {
			String name = prefix + i;
			if (!taken.contains(name) && problem(name) == null) {
				return name;
			}
		}
	}

	/**
	 * Why the element cannot take the name: another element in the same place has it (COGOV-E17; the cases and
	 * sources of a study share one place over all its files). Null when none does.
	 */
	static String clash(NamedElement element, String name) {
		EObject container = element.eContainer();
		List<EObject> peers = new ArrayList<>();
		if (container instanceof Study study) {
			for (Study part : parts(study)) {
				peers.addAll(part.getCases());
				peers.addAll(part.getSources());
			}
		} else if (container != null) {
			peers.addAll(container.eContents());
		}
		for (EObject peer : peers) {
			if (peer != element && peer instanceof NamedElement named && name.equals(named.getName())) {
				String place = container instanceof Study ? "the study" : ElementPath.name(container); //$NON-NLS-1$
				return place + " already has " + ElementPath.name(peer); //$NON-NLS-1$
			}
		}
		return null;
	}

	/** The study's parts in every loaded file: the files that start with the same study line. */
	private static List<Study> parts(Study study) {
		List<Study> parts = new ArrayList<>();
		Resource file = study.eResource();
		if (file == null || file.getResourceSet() == null || study.getName() == null) {
			parts.add(study);
			return parts;
		}
		for (Resource resource : file.getResourceSet().getResources()) {
			for (EObject root : resource.getContents()) {
				if (root instanceof Study other && study.getName().equals(other.getName())) {
					parts.add(other);
				}
			}
		}
		return parts;
	}

	/** The names in the case, and the names of the cases and sources of its study in every loaded file. */
	private static Set<String> taken(PlatformCase platformCase) {
		Set<String> taken = new HashSet<>();
		addNames(platformCase, taken);
		if (platformCase.eContainer() instanceof Study study) {
			for (Study part : parts(study)) {
				part.getCases().forEach(c -> taken.add(c.getName()));
				part.getSources().forEach(s -> taken.add(s.getName()));
			}
		}
		return taken;
	}

	private static void addNames(EObject element, Set<String> names) {
		if (element instanceof NamedElement named && named.getName() != null) {
			names.add(named.getName());
		}
		for (TreeIterator<EObject> it = element.eAllContents(); it.hasNext();) {
			if (it.next() instanceof NamedElement named && named.getName() != null) {
				names.add(named.getName());
			}
		}
	}
}
