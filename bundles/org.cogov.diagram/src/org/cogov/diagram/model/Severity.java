/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

import java.util.Locale;

/** The weight of a marker on a shape, ordered from the most to the least severe. */
public enum Severity {
	/** A modelling error (rule IDs COGOV-E..). */
	ERROR("E"), //$NON-NLS-1$
	/** A governance risk (rule IDs COGOV-R..). */
	RISK("R"), //$NON-NLS-1$
	/** A warning (rule IDs COGOV-W..). */
	WARNING("W"), //$NON-NLS-1$
	/** A neutral remark, e.g. the lead decision holder. */
	INFO("i"); //$NON-NLS-1$

	private final String badge;

	Severity(String badge) {
		this.badge = badge;
	}

	/** The severity in a legend, in English. */
	public String label() {
		return label(Locale.ROOT);
	}

	/** The severity in a legend in a locale's language (English unless Chinese). */
	public String label(Locale locale) {
		return DiagramWords.get(locale, "severity." + name()); //$NON-NLS-1$
	}

	/** The letter shown in a marker badge: the letter of the rule IDs (COGOV-E01), the same in every language. */
	public String badge() {
		return badge;
	}
}
