/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.linking;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.Tuples;

/**
 * Finds an element of a CoGov text file by its URI fragment in one map lookup per segment. The fragments stay
 * EMF's own, keyed by name ({@code //@sources[name='G07']}), so XMI files that refer into text files keep working.
 * <p>
 * Why: EMF resolves a keyed segment by scanning the container's list, so resolving the evidence of a study whose
 * sources file lists thousands of interviewees and documents cost references x sources. The map of a container's
 * children is built on first use and lives in the file's cache, which Xtext clears whenever the file changes.
 */
public class ElementFragments implements IFragmentProvider {

	@Override
	public String getFragment(EObject element, Fallback fallback) {
		return fallback.getFragment(element);
	}

	@Override
	public EObject getEObject(Resource resource, String fragment, Fallback fallback) {
		int slash = fragment.lastIndexOf('/');
		if (slash <= 0 || !(resource instanceof XtextResource text)) {
			return fallback.getEObject(fragment); // a root, an ID or another kind of fragment
		}
		String segment = fragment.substring(slash + 1);
		if (!segment.startsWith("@") || segment.indexOf('[') < 0) { //$NON-NLS-1$
			return fallback.getEObject(fragment); // positional segments (@cases.3) are already direct
		}
		EObject parent = getEObject(resource, fragment.substring(0, slash), fallback);
		if (!(parent instanceof InternalEObject container)) {
			return null;
		}
		Map<String, EObject> children = text.getCache().get(Tuples.create(ElementFragments.class, parent), text,
				() -> childrenBySegment(container));
		EObject child = children.get(segment);
		// a segment written differently from EMF's own form (other key order, escaping) still resolves
		return child != null ? child : container.eObjectForURIFragmentSegment(segment);
	}

	/** Every contained child of an element by the fragment segment EMF writes for it. */
	private static Map<String, EObject> childrenBySegment(InternalEObject container) {
		Map<String, EObject> children = new HashMap<>();
		for (EObject child : container.eContents()) {
			children.putIfAbsent(container.eURIFragmentSegment(child.eContainingFeature(), child), child);
		}
		return children;
	}
}
