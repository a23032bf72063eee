/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

import java.util.Locale;

/** What a group container gathers; the key of its style. */
public enum GroupKind {
	/** Government departments and other governmental actors. */
	GOVERNMENT,
	/** Enterprises. */
	ENTERPRISES,
	/** Universities, think tanks and other actors. */
	OTHER_ACTORS;

	/** The default title of a group of this kind, in English. */
	public String label() {
		return label(Locale.ROOT);
	}

	/** The default title of a group of this kind in a locale's language (English unless Chinese). */
	public String label(Locale locale) {
		return DiagramWords.get(locale, "group." + name()); //$NON-NLS-1$
	}
}
