/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.wizards;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the new-study and new-case wizards (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.cogov.ui.wizards.messages"; //$NON-NLS-1$

	public static String StudyWizard_title;
	public static String StudyWizard_creating;
	public static String StudyWizard_failed;
	public static String StudyPage_title;
	public static String StudyPage_description;
	public static String StudyPage_project;
	public static String StudyPage_study;
	public static String StudyPage_label;
	public static String StudyPage_case;
	public static String StudyPage_caseLabel;
	public static String StudyPage_projectExists;
	public static String StudyPage_folderExists;
	public static String StudyPage_studyEmpty;
	public static String CaseWizard_title;
	public static String CaseWizard_creating;
	public static String CaseWizard_failed;
	public static String CasePage_title;
	public static String CasePage_description;
	public static String CasePage_project;
	public static String CasePage_study;
	public static String CasePage_case;
	public static String CasePage_noProjects;
	public static String CasePage_noStudy;
	public static String CasePage_caseExists;
	public static String CasePage_fileExists;
	public static String CasePage_missingSources;
	public static String Page_comments;
	public static String Page_english;
	public static String Page_chinese;
	public static String Page_identifierHint;
	public static String Page_caseEmpty;
	public static String Page_caseIsSources;
	public static String Names_notIdentifier;
	public static String Names_reserved;
	public static String Wizard_openFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
