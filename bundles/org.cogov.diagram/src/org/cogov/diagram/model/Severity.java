/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

/** The weight of a marker on a shape, ordered from the most to the least severe. */
public enum Severity {
	/** A modelling error (rule IDs COGOV-E..). */
	ERROR("error", "E"), //$NON-NLS-1$ //$NON-NLS-2$
	/** A governance risk (rule IDs COGOV-R..). */
	RISK("governance risk", "R"), //$NON-NLS-1$ //$NON-NLS-2$
	/** A warning (rule IDs COGOV-W..). */
	WARNING("warning", "W"), //$NON-NLS-1$ //$NON-NLS-2$
	/** A neutral remark, e.g. the lead decision holder. */
	INFO("note", "i"); //$NON-NLS-1$ //$NON-NLS-2$

	private final String label;
	private final String badge;

	Severity(String label, String badge) {
		this.label = label;
		this.badge = badge;
	}

	/** The severity in a legend. */
	public String label() {
		return label;
	}

	/** The letter shown in a marker badge. */
	public String badge() {
		return badge;
	}
}
