/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.preferences;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.cogov.analysis.classification.ClassificationParameters;

/**
 * What each classification parameter means, in the workbench's language: the analysis' own English description
 * (the comment above the key in {@link ClassificationParameters#describe()}), or its translation in
 * {@code parameters_zh.properties}.
 */
public final class ParameterDescriptions {

	private static final String BUNDLE = "org.cogov.ui.preferences.parameters"; //$NON-NLS-1$
	private static Map<String, String> english;

	private ParameterDescriptions() {
	}

	/** The description of a parameter; its key when there is none. */
	public static String of(String key, Locale locale) {
		if (!Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
			try {
				return ResourceBundle.getBundle(BUNDLE, locale, ParameterDescriptions.class.getClassLoader(),
						ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
			} catch (MissingResourceException e) {
				// no translation: English
			}
		}
		return english().getOrDefault(key, key);
	}

	/** "# description" followed by "key = value", as describe() writes them. */
	private static synchronized Map<String, String> english() {
		if (english == null) {
			english = new HashMap<>();
			String description = null;
			for (String line : ClassificationParameters.defaults().describe().split("\n")) { //$NON-NLS-1$
				if (line.startsWith("# ")) { //$NON-NLS-1$
					description = line.substring(2).strip();
				} else if (line.contains("=") && description != null) { //$NON-NLS-1$
					english.put(line.substring(0, line.indexOf('=')).strip(), description);
					description = null;
				}
			}
		}
		return english;
	}
}
