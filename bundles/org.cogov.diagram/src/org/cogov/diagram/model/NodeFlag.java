/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

/** A modifier of how a node is drawn, independent of its kind. */
public enum NodeFlag {
	/** A department without any counted link: dashed border. */
	ISOLATE,
	/** The actor with the largest decision share: thicker border. */
	LEAD,
	/** A constraining factor or an unresolved difficulty: dashed border. */
	NEGATIVE,
	/** A node standing for a kind of thing, not a model element (e.g. an addressed difficulty kind). */
	IMPLIED
}
