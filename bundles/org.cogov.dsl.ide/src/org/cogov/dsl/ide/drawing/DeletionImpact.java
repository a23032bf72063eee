/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.ide.drawing;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * What deleting an element does to the elements that refer to it (or to what it contains), in the modeler's words,
 * so that the modeler can choose: delete with them ({@link ReferencePolicy#REMOVE_REFERRERS}) or cancel.
 */
public record DeletionImpact(EObject element, String elementWords, List<Referrer> referrers) {

	/** What happens to a referring element, so that no reference is left dangling. */
	public enum Consequence {
		/** it cannot exist without the reference (a link without its department): it is deleted too */
		REMOVED,
		/** the deleted element is taken out of one of its lists (a responsibility's responsible actors) */
		TAKEN_OUT_OF_LIST,
		/** an optional reference is cleared (a body's chair, an interviewee's affiliation) */
		CLEARED
	}

	/**
	 * One referring element: the reference from it, the element referred to (the deleted one or something in it),
	 * the consequence, a sentence saying it, and the file it is in.
	 */
	public record Referrer(EObject element, EReference reference, EObject target, Consequence consequence, String description,
			URI file) {
	}

	public DeletionImpact {
		referrers = List.copyOf(referrers);
	}

	/** Nothing refers to the element from outside it. */
	public boolean isFree() {
		return referrers.isEmpty();
	}

	/** A paragraph for a confirmation dialog: one line for the element, one for each referrer. */
	public String summary() {
		StringBuilder text = new StringBuilder("Deleting ").append(elementWords); //$NON-NLS-1$
		if (referrers.isEmpty()) {
			return text.append(" changes nothing else.").toString(); //$NON-NLS-1$
		}
		text.append(" also changes ").append(referrers.size()).append(referrers.size() == 1 ? " element:" : " elements:"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (Referrer referrer : referrers) {
			text.append("\n- ").append(referrer.description()); //$NON-NLS-1$
		}
		return text.toString();
	}
}
