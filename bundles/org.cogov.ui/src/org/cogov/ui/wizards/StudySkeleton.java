/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.wizards;

import java.util.Locale;
import java.util.ResourceBundle;

import org.cogov.analysis.rules.Rule;
import org.cogov.analysis.rules.RuleCatalog;
import org.cogov.analysis.rules.RuleCategory;
import org.cogov.analysis.rules.RuleMessages;
import org.cogov.analysis.rules.RuleSettings;

/**
 * The commented files the study and case wizards write: {@code sources.cogov}, a case file and
 * {@code cogov-rules.properties}. The CoGov text is English; its comments, which teach the language statement by
 * statement, are in the language the researcher chose ({@code skeleton.properties}, {@code skeleton_zh.properties}).
 * Plain Java without the workbench, so that the texts can be checked with {@code cogov check}.
 */
public final class StudySkeleton {

	/** The language of the comments. */
	public enum CommentLanguage {
		ENGLISH(Locale.ENGLISH), CHINESE(Locale.CHINESE);

		private final Locale locale;

		CommentLanguage(Locale locale) {
			this.locale = locale;
		}

		public Locale locale() {
			return locale;
		}

		/** Chinese for a Chinese locale, else English. */
		public static CommentLanguage of(Locale locale) {
			return "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH; //$NON-NLS-1$
		}
	}

	/**
	 * The sources a case skeleton cites as evidence: two interviewees of each side, a document and an observation
	 * (the last two may be null; other sources are cited in their place).
	 */
	public record Citations(String government, String government2, String enterprise, String enterprise2, String document,
			String observation) {

		/** The sources that {@link StudySkeleton#sources} declares. */
		public static final Citations NEW_STUDY = new Citations("G01", "G02", "E01", "E02", "D01", "Obs1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	/** Name of the file of the study's sources. */
	public static final String SOURCES_FILE = "sources.cogov"; //$NON-NLS-1$

	private static final String BUNDLE = "org.cogov.ui.wizards.skeleton"; //$NON-NLS-1$

	private final String study;
	private final CommentLanguage language;
	private final ResourceBundle comments;

	public StudySkeleton(String study, CommentLanguage language) {
		this.study = study;
		this.language = language;
		this.comments = ResourceBundle.getBundle(BUNDLE, language.locale(), StudySkeleton.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** The name of a case's file. */
	public static String caseFileName(String caseName) {
		return caseName + ".cogov"; //$NON-NLS-1$
	}

	/** {@code sources.cogov}: the study line and two interviewees per side who work for actors of the first case. */
	@SuppressWarnings("nls")
	public String sources(String label, String caseName) {
		Text text = new Text();
		text.comment(0, "sources.intro", caseName);
		text.line(0, "study " + study + (label == null || label.isBlank() ? "" : " " + quote(label.strip())));
		text.blank();
		text.comment(0, "sources.block", caseName);
		text.line(0, "sources {");
		text.comment(1, "sources.interviewees", caseName);
		text.comment(1, "sources.government", caseName);
		text.line(1, "interviewee G01 side government rank \"deputy director\" affiliation " + caseName + ".DA date 2024-03-12");
		text.line(1, "interviewee G02 side government rank \"section chief\" affiliation " + caseName + ".PS date 2024-03-13");
		text.comment(1, "sources.enterprise", caseName);
		text.line(1, "interviewee E01 side enterprise rank \"project manager\" affiliation " + caseName + ".ITF date 2024-03-14");
		text.line(1, "interviewee E02 side enterprise rank \"data engineer\" affiliation " + caseName + ".ITF date 2024-03-14");
		text.blank();
		text.comment(1, "sources.documents", caseName);
		text.line(1, "document D01 \"Notice on the data-sharing joint meeting\" kind policy issuer \"county government office\" date 2021-03-01");
		text.blank();
		text.comment(1, "sources.observations", caseName);
		text.line(1, "observation Obs1 \"Joint meeting\" setting \"monthly meeting of the data authority and the departments\" date 2024-03-15");
		text.line(0, "}");
		return text.toString();
	}

	/** A case file: the study line and a case with one of each main statement, every statement commented. */
	@SuppressWarnings("nls")
	public String caseFile(String caseName, String label, Citations cite) {
		String document = cite.document() != null ? cite.document() : cite.government2();
		Text text = new Text();
		text.comment(0, "case.intro", caseName);
		text.comment(0, "case.study", caseName);
		text.line(0, "study " + study);
		text.blank();
		text.comment(0, "case.case", caseName);
		text.line(0, "case " + caseName + (label == null || label.isBlank() ? "" : " " + quote(label.strip())) + " {");
		text.comment(1, "case.region", caseName);
		text.line(1, "region county zone east fiscal medium {");
		text.line(2, "characteristic policy-pilot \"provincial digital government pilot\"");
		text.line(1, "}");
		text.comment(1, "case.platform", caseName);
		text.line(1, "platform DataPlatform \"Government data platform\" kind data-platform launched 2021-06-01");
		text.blank();
		text.comment(1, "case.departments", caseName);
		text.line(1, "department DA \"Data authority\" data-authority local");
		text.line(1, "department GO \"Government office\" government-office local");
		text.line(1, "department PS \"Public security bureau\" public-security vertical");
		text.comment(1, "case.enterprise", caseName);
		text.line(1, "enterprise ITF \"Platform company\" private medium local capabilities cloud, integration, operations");
		text.blank();
		text.comment(1, "case.phase", caseName);
		text.line(1, "phase P1 \"Construction phase\" from 2021-01-01 declared government-led {");
		text.comment(2, "case.agreement", caseName);
		text.line(2, "agreement Build \"Build and operate contract\" procurement parties DA, ITF signed 2020-12-01 expires 2025-12-31");
		text.comment(2, "case.roles", caseName);
		text.line(2, "role GO funder by administrative-document");
		text.line(2, "role DA planner by administrative-document");
		text.line(2, "role ITF builder by contract under Build");
		text.line(2, "role ITF operator by contract under Build");
		text.line(2, "role PS data-provider by administrative-document");
		text.comment(2, "case.responsibility", caseName);
		text.line(2, "responsibility Operations \"Platform operations\" category operation accountable DA responsible ITF enforced by contract");
		text.comment(2, "case.benefit", caseName);
		text.line(2, "benefit Fees \"Construction and operation fees\" {");
		text.line(3, "ITF 100% fixed-fee");
		text.line(2, "}");
		text.comment(2, "case.asset", caseName);
		text.line(2, "asset PlatformIP \"Platform software\" platform-ip owned by DA 100% controlled by DA hosted on government-cloud exit-clause");
		text.comment(2, "case.body", caseName);
		text.line(2, "body LG \"Leading group\" leading-group chair GO rule hierarchical meets 4 per year members GO, DA, PS");
		text.comment(2, "case.decision", caseName);
		text.line(2, "decision SharingRules \"Data-sharing rules\" data-sharing-rules {");
		text.line(3, "final LG");
		text.line(3, "propose DA");
		text.line(3, "consulted PS");
		text.line(2, "}");
		text.line(1, "}");
		text.blank();
		text.comment(1, "case.factors", caseName);
		text.line(1, "factor T1 \"Shared government cloud\" technological moderate enabling score 0.6 {");
		text.comment(2, "case.evidence", caseName);
		text.line(2, "evidence " + cite.enterprise() + " at \"p. 2\" says \"the platform runs on the county cloud\" supports hoop");
		text.line(1, "}");
		text.line(1, "factor O1 \"Coordination by the data authority\" organisational strong enabling score 0.8 {");
		text.comment(2, "case.effect", caseName);
		text.line(2, "effect on decision-structure in P1 \"the data authority drafts the sharing rules\" {");
		text.line(3, "evidence " + cite.government() + " at \"00:10:00\" says \"we draft the rules, the leading group adopts them\" supports smoking-gun");
		text.line(2, "}");
		text.line(1, "}");
		text.line(1, "factor I1 \"Provincial pilot policy\" institutional strong enabling {");
		text.line(2, "evidence " + document + " at \"art. 2\" supports hoop");
		text.line(1, "}");
		text.blank();
		text.comment(1, "case.mechanism", caseName);
		text.line(1, "mechanism TE \"Technology empowerment\" technology-empowerment moderate indicators unified-standard, api-exchange addresses lack-of-capacity in P1 {");
		text.line(2, "evidence " + cite.government2() + " at \"p. 3\" says \"one data standard for all departments\" supports hoop");
		text.line(2, "evidence " + cite.enterprise2() + " at \"p. 1\" says \"each department connects through the same interface\" supports hoop");
		text.line(1, "}");
		text.comment(1, "case.difficulty", caseName);
		text.line(1, "difficulty Capacity \"Lack of collaborative capacity\" lack-of-capacity severity medium affects PS resolved by TE {");
		text.line(2, "evidence " + cite.government2() + " at \"p. 2\" supports hoop");
		text.line(1, "}");
		text.blank();
		text.comment(1, "case.links", caseName);
		text.line(1, "link DA <-> PS data-sharing via-platform agreed unconditional active from 2021-09-01");
		text.line(1, "link GO -> DA joint-project direct institutionalised active from 2021-01-01");
		text.blank();
		text.comment(1, "case.outcome", caseName);
		text.line(1, "outcome SharedItems \"Shared data items\" indicator \"data items shared through the platform\" value 120 unit \"items\" date 2023-12-31");
		text.blank();
		text.comment(1, "case.events", caseName);
		text.line(1, "event Launch \"Platform launched\" on 2021-06-01 platform-launch involves DA");
		text.line(1, "event FirstSharing \"First data shared with public security\" on 2021-09-01 link-created involves DA, PS");
		text.comment(1, "case.claim", caseName);
		text.line(1, "claim Launch causes FirstSharing {");
		if (cite.observation() != null) {
			text.line(2, "evidence " + cite.observation() + " at \"field notes 1\" supports straw-in-the-wind");
		}
		text.line(2, "evidence " + cite.government() + " at \"00:20:00\" says \"sharing began once the platform was live\" supports hoop");
		text.line(1, "}");
		text.line(0, "}");
		return text.toString();
	}

	/** {@code cogov-rules.properties}: every rule of the catalogue at its default severity, commented out. */
	public String rules() {
		Locale locale = language.locale();
		Text text = new Text("# "); //$NON-NLS-1$
		text.comment(0, "rules.intro", ""); //$NON-NLS-1$ //$NON-NLS-2$
		for (RuleCategory category : RuleCategory.values()) {
			text.blank();
			text.comment(0, "rules.category." + category.name(), ""); //$NON-NLS-1$ //$NON-NLS-2$
			for (Rule rule : RuleCatalog.all()) {
				if (rule.getCategory() == category) {
					String level = RuleSettings.defaults().levelOf(rule).word();
					text.line(0, "# " + rule.getId() + " = " + pad(level) + " # " + RuleMessages.name(rule, locale)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
			}
		}
		return text.toString();
	}

	private static String pad(String level) {
		return (level + "       ").substring(0, 7); //$NON-NLS-1$
	}

	/** A quoted CoGov string. */
	static String quote(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** Lines with tab indentation and comments taken from the comment bundle. */
	private final class Text {
		private final StringBuilder text = new StringBuilder();
		private final String commentPrefix;

		Text() {
			this("// "); //$NON-NLS-1$
		}

		Text(String commentPrefix) {
			this.commentPrefix = commentPrefix;
		}

		void line(int indent, String line) {
			text.append("\t".repeat(indent)).append(line).append('\n'); //$NON-NLS-1$
		}

		void blank() {
			text.append('\n');
		}

		void comment(int indent, String key, String caseName) {
			String value = comments.getString(key).replace("{study}", study).replace("{case}", caseName); //$NON-NLS-1$ //$NON-NLS-2$
			for (String line : value.split("\n")) { //$NON-NLS-1$
				line(indent, commentPrefix + line.strip());
			}
		}

		@Override
		public String toString() {
			return text.toString();
		}
	}
}
