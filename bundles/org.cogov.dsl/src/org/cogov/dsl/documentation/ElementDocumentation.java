/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.documentation;

import org.cogov.model.NamedElement;
import org.cogov.model.resource.ElementPath;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.documentation.impl.MultiLineCommentDocumentationProvider;

import com.google.inject.Inject;

/**
 * What a hover shows for an element: its kind and identifier, its display label, where it sits, its note, a
 * leading comment, and what its kind means (from the metamodel's documentation).
 */
public class ElementDocumentation extends MultiLineCommentDocumentationProvider {

	@Inject
	private MultiLineCommentDocumentationProvider comments;

	@Override
	public String getDocumentation(EObject element) {
		StringBuilder text = new StringBuilder();
		text.append("**").append(ElementPath.name(element)).append("**"); //$NON-NLS-1$ //$NON-NLS-2$
		if (element instanceof NamedElement named) {
			if (named.getLabel() != null) {
				text.append(" \u2014 ").append(named.getLabel()); //$NON-NLS-1$
			}
			String place = ElementPath.describe(element);
			int in = place.indexOf(" in "); //$NON-NLS-1$
			if (in > 0) {
				text.append("\n\n").append(place.substring(in + 1)); //$NON-NLS-1$
			}
			if (named.getDescription() != null) {
				text.append("\n\n").append(named.getDescription()); //$NON-NLS-1$
			}
		}
		String comment = comments.getDocumentation(element);
		if (comment != null && !comment.isBlank()) {
			text.append("\n\n").append(comment.trim()); //$NON-NLS-1$
		}
		String meaning = EcoreUtil.getDocumentation(element.eClass());
		if (meaning != null) {
			text.append("\n\n_").append(meaning).append('_'); //$NON-NLS-1$
		}
		return text.toString();
	}
}
