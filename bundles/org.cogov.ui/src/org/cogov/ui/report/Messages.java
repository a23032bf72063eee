/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.report;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the report export (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.cogov.ui.report.messages"; //$NON-NLS-1$

	public static String Export_title;
	public static String Export_noStudy;
	public static String Export_folder;
	public static String Export_job;
	public static String Export_loading;
	public static String Export_analysing;
	public static String Export_html;
	public static String Export_csv;
	public static String Export_markdown;
	public static String Export_noFiles;
	public static String Export_noCases;
	public static String Export_broken;
	public static String Export_brokenCount;
	public static String Export_brokenLine;
	public static String Export_brokenMore;
	public static String Export_failed;
	public static String Export_done;
	public static String Export_open;
	public static String Export_noBrowser;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
