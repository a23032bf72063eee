/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.ide.drawing;

/**
 * The answer to a diagram edit: the text change to apply, a refusal saying why the edit would break the model,
 * or, for a deletion of an element that others refer to, the referring elements for the modeler to decide on.
 */
public sealed interface EditOutcome {

	/** Apply {@code change}; {@code createdName} names a new element (null when the edit creates none or an unnamed one). */
	record Changed(TextChange change, String createdName) implements EditOutcome {
	}

	/** Nothing changes, for the reason given in modeler words. */
	record Refused(String reason) implements EditOutcome {
	}

	/**
	 * Nothing changes yet: other elements refer to what is to be deleted. Ask the modeler, then delete again with
	 * {@link ReferencePolicy#REMOVE_REFERRERS}, or do nothing to cancel.
	 */
	record NeedsDecision(DeletionImpact impact) implements EditOutcome {
	}
}
