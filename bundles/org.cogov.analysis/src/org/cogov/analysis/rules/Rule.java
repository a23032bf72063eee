/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import java.util.Locale;

import org.eclipse.emf.ecore.EClass;

/**
 * The descriptor of one validation rule: a stable ID whose letter names its category (COGOV-E01, COGOV-W01,
 * COGOV-R01), the default severity, the class of the elements it checks and the key of its name and message in
 * {@code messages.properties}. IDs never change meaning; other bundles, settings files and docs refer to them.
 */
public final class Rule {

	private final String id;
	private final RuleCategory category;
	private final EClass target;
	private final String messageKey;

	Rule(String id, RuleCategory category, EClass target, String messageKey) {
		this.id = id;
		this.category = category;
		this.target = target;
		this.messageKey = messageKey;
	}

	/** The stable ID, e.g. "COGOV-E01". */
	public String getId() {
		return id;
	}

	/** The category: error, warning or governance risk. */
	public RuleCategory getCategory() {
		return category;
	}

	/** Whether the rule flags a governance risk. */
	public boolean isRisk() {
		return category == RuleCategory.RISK;
	}

	/** The EMF severity unless the study's settings change it. */
	public int getDefaultSeverity() {
		return category.defaultSeverity();
	}

	/** The class of the elements the rule reports on (EObject for rules on values of several classes). */
	public EClass getTarget() {
		return target;
	}

	/** The key of the rule's texts: {@code <key>.name} and {@code <key>.message[.variant]}. */
	public String getMessageKey() {
		return messageKey;
	}

	/** A diagnostic code unique per rule: 100 + n for errors, 200 + n for warnings, 300 + n for risks. */
	public int getCode() {
		int number = Integer.parseInt(id.substring(id.length() - 2));
		return switch (category) {
		case ERROR -> 100 + number;
		case WARNING -> 200 + number;
		case RISK -> 300 + number;
		};
	}

	/** The rule's short name in a language, for preference pages and docs. */
	public String getName(Locale locale) {
		return RuleMessages.name(this, locale);
	}

	@Override
	public String toString() {
		return id;
	}
}
