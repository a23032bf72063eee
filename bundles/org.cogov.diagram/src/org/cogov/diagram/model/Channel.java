/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

/** How a collaboration link runs: through the platform or directly between departments. */
public enum Channel {
	/** Not a collaboration link, or the channel does not matter. */
	NONE(""), //$NON-NLS-1$
	/** Mediated by the platform. */
	PLATFORM("via the platform"), //$NON-NLS-1$
	/** Directly between the departments. */
	DIRECT("direct"); //$NON-NLS-1$

	private final String label;

	Channel(String label) {
		this.label = label;
	}

	/** The channel's name in a legend. */
	public String label() {
		return label;
	}
}
