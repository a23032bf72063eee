/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.ide.drawing;

/** What a deletion does with the elements that refer to what is deleted: never leave a reference dangling. */
public enum ReferencePolicy {
	/** Delete only when nothing refers to the element; otherwise answer with the {@link DeletionImpact}. */
	REPORT,
	/** Delete the element and resolve every reference to it, as the {@link DeletionImpact} describes. */
	REMOVE_REFERRERS
}
