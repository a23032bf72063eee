/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.preferences;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the CoGov preference pages (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.cogov.ui.preferences.messages"; //$NON-NLS-1$

	public static String Root_intro;
	public static String Root_rules;
	public static String Root_classification;
	public static String Root_studyFiles;
	public static String Root_operationalisation;
	public static String Rules_description;
	public static String Rules_code;
	public static String Rules_category;
	public static String Rules_name;
	public static String Rules_severity;
	public static String Category_error;
	public static String Category_warning;
	public static String Category_risk;
	public static String Level_default;
	public static String Level_error;
	public static String Level_warning;
	public static String Level_info;
	public static String Level_off;
	public static String Classification_description;
	public static String Classification_note;
	public static String Classification_invalid;
	public static String Classification_number;
	public static String Classification_fraction;
	public static String Classification_positive;
	public static String Classification_count;
	public static String Classification_list;
	public static String Rebuild_job;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
