/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import org.eclipse.emf.common.util.Diagnostic;

/** The category of a rule, named by the letter after "COGOV-" in its ID. */
public enum RuleCategory {
	/** E: the model is wrong or incomplete; reported as an error. */
	ERROR('E', Diagnostic.ERROR),
	/** W: the model is probably incomplete or worth a second look; reported as a warning. */
	WARNING('W', Diagnostic.WARNING),
	/** R: the modelled governance structure carries a governance risk; reported as a warning flagged as risk. */
	RISK('R', Diagnostic.WARNING);

	private final char letter;
	private final int defaultSeverity;

	RuleCategory(char letter, int defaultSeverity) {
		this.letter = letter;
		this.defaultSeverity = defaultSeverity;
	}

	/** The letter of the category in rule IDs. */
	public char letter() {
		return letter;
	}

	/** The EMF severity rules of this category have unless the study's settings say otherwise. */
	public int defaultSeverity() {
		return defaultSeverity;
	}
}
