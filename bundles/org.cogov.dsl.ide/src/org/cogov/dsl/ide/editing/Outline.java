/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.ide.editing;

import java.util.ArrayList;
import java.util.List;

import org.cogov.model.NamedElement;
import org.cogov.model.resource.ElementPath;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

/**
 * The structure of a document for an outline: every named element (study, sources, cases, actors, phases,
 * bodies, decision items, factors, ...) with its kind, label and place in the text, nested as in the model.
 */
public final class Outline {

	/** One entry: kind and name, label, the element's URI fragment, where its name is, and its children. */
	/**
	 * An outline entry: offset and length locate the element's name (what to select), extent its whole text
	 * (what the caret can be inside of).
	 */
	public record Entry(String kind, String name, String label, String fragment, int offset, int length, ITextRegion extent,
			List<Entry> children) {

		/** Whether a caret offset lies in the element's text. */
		public boolean encloses(int caret) {
			return extent.getOffset() <= caret && caret <= extent.getOffset() + extent.getLength();
		}
	}

	private Outline() {
	}

	public static List<Entry> of(StudyDocument document) {
		synchronized (document.lock()) {
			XtextResource resource = document.resource();
			List<Entry> roots = new ArrayList<>();
			if (resource == null) {
				return roots;
			}
			ILocationInFileProvider locations = document.workspace().injector().getInstance(ILocationInFileProvider.class);
			for (EObject root : resource.getContents()) {
				collect(root, locations, roots);
			}
			return roots;
		}
	}

	private static void collect(EObject element, ILocationInFileProvider locations, List<Entry> into) {
		List<Entry> children = new ArrayList<>();
		for (EObject child : element.eContents()) {
			collect(child, locations, children);
		}
		if (element instanceof NamedElement named && named.getName() != null) {
			ITextRegion region = locations.getSignificantTextRegion(element);
			into.add(new Entry(ElementPath.kind(element.eClass()), named.getName(), named.getLabel(),
					EcoreUtil.getURI(element).fragment(), region.getOffset(), region.getLength(),
					locations.getFullTextRegion(element), children));
		} else {
			into.addAll(children); // unnamed elements (role assignments, rights, evidence) do not get an entry
		}
	}
}
