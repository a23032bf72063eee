/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

/** The four diagrams of a structure phase. */
public enum DiagramKind {
	/** Actors by kind, their roles, responsibilities and benefit shares. */
	ROLE("role structure"), //$NON-NLS-1$
	/** Decision bodies, decision items and the rights over them, with each actor's decision share. */
	DECISION("decision structure"), //$NON-NLS-1$
	/** Departments and their collaboration links, with the collaboration metrics. */
	NETWORK("collaboration network"), //$NON-NLS-1$
	/** Factors, the structure and its type, mechanisms, difficulties and outcomes. */
	PATH("path model"); //$NON-NLS-1$

	private final String label;

	DiagramKind(String label) {
		this.label = label;
	}

	/** The kind in the words of a title. */
	public String label() {
		return label;
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
