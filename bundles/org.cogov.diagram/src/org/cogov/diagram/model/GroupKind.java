/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

/** What a group container gathers; the key of its style. */
public enum GroupKind {
	/** Government departments and other governmental actors. */
	GOVERNMENT("Government"), //$NON-NLS-1$
	/** Enterprises. */
	ENTERPRISES("Enterprises"), //$NON-NLS-1$
	/** Universities, think tanks and other actors. */
	OTHER_ACTORS("Other actors"); //$NON-NLS-1$

	private final String label;

	GroupKind(String label) {
		this.label = label;
	}

	/** The default title of a group of this kind. */
	public String label() {
		return label;
	}
}
