/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.guide;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the CoGov Guide (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.cogov.ui.guide.messages"; //$NON-NLS-1$

	public static String GuideView_title;
	public static String Guide_openFailed;
	public static String Guide_title;
	public static String Guide_separator;
	public static String Guide_intro;
	public static String Guide_modelHeading;
	public static String Guide_modelIntro;
	public static String Guide_study;
	public static String Guide_sources;
	public static String Guide_case;
	public static String Guide_actors;
	public static String Guide_phases;
	public static String Guide_factors;
	public static String Guide_mechanisms;
	public static String Guide_links;
	public static String Guide_timeline;
	public static String Guide_evidence;
	public static String Guide_languageHeading;
	public static String Guide_languageFiles;
	public static String Guide_languageCase;
	public static String Guide_languageValues;
	public static String Guide_languageEditor;
	public static String Guide_rulesHeading;
	public static String Guide_rulesIntro;
	public static String Guide_rulesSettings;
	public static String Guide_code;
	public static String Guide_category;
	public static String Guide_rule;
	public static String Guide_classificationHeading;
	public static String Guide_sharesIntro;
	public static String Guide_featureShares;
	public static String Guide_featureSmax;
	public static String Guide_featureHhi;
	public static String Guide_featureNDec;
	public static String Guide_featureNEntP;
	public static String Guide_featureMarket;
	public static String Guide_featureEntIp;
	public static String Guide_featureJointInv;
	public static String Guide_featureWJoint;
	public static String Guide_featureHub;
	public static String Guide_featureCore;
	public static String Guide_typesIntro;
	public static String Guide_enterpriseLed;
	public static String Guide_governmentLed;
	public static String Guide_coCreation;
	public static String Guide_network;
	public static String Guide_hybrid;
	public static String Guide_borderline;
	public static String Guide_parametersIntro;
	public static String Guide_metricsHeading;
	public static String Guide_metricsIntro;
	public static String Guide_density;
	public static String Guide_centralisation;
	public static String Guide_reach;
	public static String Guide_isolateShare;
	public static String Guide_reciprocity;
	public static String Guide_lateralShare;
	public static String Guide_multiplexity;
	public static String Guide_dii;
	public static String Guide_responsibilityClarity;
	public static String Guide_idci;
	public static String Guide_thesisHeading;
	public static String Guide_thesis;
	public static String Guide_examples;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
