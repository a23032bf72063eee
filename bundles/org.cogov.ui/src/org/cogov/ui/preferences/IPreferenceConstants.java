/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.preferences;

/**
 * Keys and values of the CoGov preferences (instance scope of {@code org.cogov.ui}). A rule's severity is stored
 * under its ID ("COGOV-W01") as {@link #RULE_DEFAULT} or a level word of {@code RuleSettings.Level} (off, error,
 * warning, info); a classification parameter under {@link #PARAMETER_PREFIX} and its key, in its file syntax.
 */
public interface IPreferenceConstants {

	/** The page IDs, as declared in plugin.xml. */
	String ROOT_PAGE = "org.cogov.ui.preferences"; //$NON-NLS-1$
	String RULES_PAGE = "org.cogov.ui.preferences.rules"; //$NON-NLS-1$
	String CLASSIFICATION_PAGE = "org.cogov.ui.preferences.classification"; //$NON-NLS-1$

	/** A rule left at the severity of its category. */
	String RULE_DEFAULT = "default"; //$NON-NLS-1$

	/** Prefix of the keys of classification parameters: "classification.hub.minMembers". */
	String PARAMETER_PREFIX = "classification."; //$NON-NLS-1$

	/** The preference key of a classification parameter. */
	static String parameterKey(String parameter) {
		return PARAMETER_PREFIX + parameter;
	}
}
