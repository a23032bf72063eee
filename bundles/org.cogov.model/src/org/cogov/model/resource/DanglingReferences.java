/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.model.resource;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Finds references to elements that are no longer part of any model (deleted elements) or that cannot be
 * resolved, so that a save can refuse with a message naming both ends instead of writing a broken file.
 */
public final class DanglingReferences {

	/** One reference from {@code source} through {@code reference} to an element that is not in any model. */
	public record Dangling(EObject source, EReference reference, EObject target) {

		public String message() {
			String targetText = target.eIsProxy() ? "unresolved element " + EcoreUtil.getURI(target).fragment() //$NON-NLS-1$
					: "deleted " + ElementPath.name(target); //$NON-NLS-1$
			return ElementPath.describe(source) + " refers through '" + reference.getName() + "' to " + targetText; //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private DanglingReferences() {
	}

	public static List<Dangling> find(Resource resource) {
		List<Dangling> result = new ArrayList<>();
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject source = it.next();
			for (EReference reference : source.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()) {
					continue;
				}
				for (EObject target : targets(source, reference)) {
					if (target.eIsProxy() || target.eResource() == null) {
						result.add(new Dangling(source, reference, target));
					}
				}
			}
		}
		return result;
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> targets(EObject source, EReference reference) {
		Object value = source.eGet(reference, false);
		if (value == null) {
			return List.of();
		}
		return reference.isMany() ? (List<EObject>) value : List.of((EObject) value);
	}
}
