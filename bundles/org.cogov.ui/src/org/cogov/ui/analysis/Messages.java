/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.analysis;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the analysis view (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.cogov.ui.analysis.messages"; //$NON-NLS-1$

	public static String Analysis_noCase;
	public static String Analysis_noPhase;
	public static String Analysis_headline;
	public static String Analysis_nearest;
	public static String Analysis_borderline;
	public static String Analysis_job;
	public static String Analysis_classificationTab;
	public static String Analysis_metricsTab;
	public static String Analysis_comparisonTab;
	public static String Analysis_itemColumn;
	public static String Analysis_valueColumn;
	public static String Analysis_phase;
	public static String Analysis_features;
	public static String Analysis_yes;
	public static String Analysis_no;
	public static String Analysis_matches;
	public static String Analysis_fails;
	public static String Analysis_metricColumn;
	public static String Analysis_change;
	public static String Analysis_oneChangeless;
	public static String Analysis_caseColumn;
	public static String Analysis_typeColumn;
	public static String Analysis_leadColumn;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
