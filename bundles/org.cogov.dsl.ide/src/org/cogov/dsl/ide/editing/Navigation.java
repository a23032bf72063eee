/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.ide.editing;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

/** Hover, go to definition and the element at a caret: what a modeler asks of a name in the text. */
public final class Navigation {

	/** A place in a file: the URI, and the offset and length of the element's name (or whole text). */
	public record Location(URI uri, int offset, int length) {
	}

	private Navigation() {
	}

	/** The element the caret is on: a referenced element for a reference, else the innermost element. */
	public static EObject elementAt(StudyDocument document, int offset) {
		synchronized (document.lock()) {
			XtextResource resource = document.resource();
			if (resource == null || resource.getParseResult() == null) {
				return null;
			}
			return helper(document).resolveElementAt(resource, offset);
		}
	}

	/** The innermost element whose text contains the caret (never a referenced one): for selection linking. */
	public static EObject containingElementAt(StudyDocument document, int offset) {
		synchronized (document.lock()) {
			XtextResource resource = document.resource();
			if (resource == null || resource.getParseResult() == null) {
				return null;
			}
			return helper(document).resolveContainedElementAt(resource, offset);
		}
	}

	/** Markdown text describing the element under the caret, or null. */
	public static String hover(StudyDocument document, int offset) {
		synchronized (document.lock()) {
			EObject element = elementAt(document, offset);
			if (element == null || element.eIsProxy()) {
				return null;
			}
			return document.workspace().injector().getInstance(IEObjectDocumentationProvider.class).getDocumentation(element);
		}
	}

	/** Where the element referenced under the caret is declared, or null when the caret is not on a reference. */
	public static Location definition(StudyDocument document, int offset) {
		synchronized (document.lock()) {
			XtextResource resource = document.resource();
			if (resource == null || resource.getParseResult() == null) {
				return null;
			}
			EObject target = helper(document).resolveCrossReferencedElementAt(resource, offset);
			if (target == null || target.eIsProxy()) {
				return null;
			}
			return locationOf(document, target);
		}
	}

	/** The name of an element in its file (the whole element when it has no name). */
	public static Location locationOf(StudyDocument document, EObject element) {
		synchronized (document.lock()) {
			ITextRegion region = document.workspace().injector().getInstance(ILocationInFileProvider.class)
					.getSignificantTextRegion(element);
			URI uri = EcoreUtil.getURI(element).trimFragment();
			return region == null ? new Location(uri, 0, 0) : new Location(uri, region.getOffset(), region.getLength());
		}
	}

	private static EObjectAtOffsetHelper helper(StudyDocument document) {
		return document.workspace().injector().getInstance(EObjectAtOffsetHelper.class);
	}
}
