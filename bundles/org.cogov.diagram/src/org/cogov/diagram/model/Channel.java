/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

import java.util.Locale;

/** How a collaboration link runs: through the platform or directly between departments. */
public enum Channel {
	/** Not a collaboration link, or the channel does not matter. */
	NONE,
	/** Mediated by the platform. */
	PLATFORM,
	/** Directly between the departments. */
	DIRECT;

	/** The channel's name in a legend, in English. */
	public String label() {
		return label(Locale.ROOT);
	}

	/** The channel's name in a legend in a locale's language (English unless Chinese). */
	public String label(Locale locale) {
		return DiagramWords.get(locale, "channel." + name()); //$NON-NLS-1$
	}
}
