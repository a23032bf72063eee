/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

import java.util.Locale;

/** The four diagrams of a structure phase. */
public enum DiagramKind {
	/** Actors by kind, their roles, responsibilities and benefit shares. */
	ROLE,
	/** Decision bodies, decision items and the rights over them, with each actor's decision share. */
	DECISION,
	/** Departments and their collaboration links, with the collaboration metrics. */
	NETWORK,
	/** Factors, the structure and its type, mechanisms, difficulties and outcomes. */
	PATH;

	/** The kind in the words of a title, in English. */
	public String label() {
		return label(Locale.ROOT);
	}

	/** The kind in the words of a title in a locale's language (English unless Chinese). */
	public String label(Locale locale) {
		return DiagramWords.get(locale, "kind." + name()); //$NON-NLS-1$
	}

	/** The kind for a command-line word such as "role" or "network", case-insensitive. */
	public static DiagramKind parse(String word) {
		for (DiagramKind kind : values()) {
			if (kind.name().equalsIgnoreCase(word.trim())) {
				return kind;
			}
		}
		throw new IllegalArgumentException("unknown diagram kind '" + word + "'; expected role, decision, network or path"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
