/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.guide;

import java.util.Locale;

import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.analysis.metrics.Metric;
import org.cogov.analysis.rules.Rule;
import org.cogov.analysis.rules.RuleCatalog;
import org.cogov.analysis.rules.RuleMessages;
import org.cogov.model.StructureType;
import org.cogov.report.ReportWords;
import org.cogov.report.TypeNames;
import org.cogov.ui.preferences.ParameterDescriptions;
import org.cogov.ui.preferences.RulesPreferencePage;
import org.eclipse.osgi.util.NLS;

/**
 * The guide's content in the workbench's language: what CoGov models, the language by example, the rules (from the
 * catalogue), the classification with the default thresholds, the metrics, and the note on our operationalisation.
 * Generated parts come from the analysis itself, so the guide cannot drift from it.
 */
final class GuideContent {

	private final Locale locale;
	private final ClassificationParameters defaults = ClassificationParameters.defaults();
	private final GuideDocument document = new GuideDocument();

	private GuideContent(Locale locale) {
		this.locale = locale;
	}

	static GuideDocument write(Locale locale) {
		GuideContent content = new GuideContent(locale);
		content.model();
		content.language();
		content.rules();
		content.classification();
		content.metrics();
		content.operationalisation();
		return content.document;
	}

	private void model() {
		document.title(Messages.Guide_title);
		document.paragraph(Messages.Guide_intro);
		document.heading(Messages.Guide_modelHeading);
		document.paragraph(Messages.Guide_modelIntro);
		for (String item : new String[] { Messages.Guide_study, Messages.Guide_sources, Messages.Guide_case,
				Messages.Guide_actors, Messages.Guide_phases, Messages.Guide_factors, Messages.Guide_mechanisms,
				Messages.Guide_links, Messages.Guide_timeline, Messages.Guide_evidence }) {
			bullet(item);
		}
		document.endList();
	}

	private void language() {
		document.heading(Messages.Guide_languageHeading);
		document.paragraph(Messages.Guide_languageFiles);
		document.example(GuideExamples.SOURCES);
		document.paragraph(Messages.Guide_languageCase);
		document.example(GuideExamples.CASE);
		document.paragraph(Messages.Guide_languageValues);
		document.paragraph(Messages.Guide_languageEditor);
	}

	private void rules() {
		document.heading(Messages.Guide_rulesHeading);
		document.paragraph(Messages.Guide_rulesIntro);
		document.paragraph(Messages.Guide_rulesSettings);
		document.example(GuideExamples.RULE_SETTINGS);
		document.header(Messages.Guide_code, Messages.Guide_category, Messages.Guide_rule);
		for (Rule rule : RuleCatalog.all()) {
			document.row(rule.getId(), RulesPreferencePage.category(rule), RuleMessages.name(rule, locale));
		}
		document.endList();
	}

	private void classification() {
		document.heading(Messages.Guide_classificationHeading);
		document.paragraph(Messages.Guide_sharesIntro);
		bullet(Messages.Guide_featureShares);
		bullet(Messages.Guide_featureSmax);
		bullet(Messages.Guide_featureHhi);
		bullet(NLS.bind(Messages.Guide_featureNDec, value("nDec.minShare"))); //$NON-NLS-1$
		bullet(Messages.Guide_featureNEntP);
		bullet(Messages.Guide_featureMarket);
		bullet(Messages.Guide_featureEntIp);
		bullet(Messages.Guide_featureJointInv);
		bullet(NLS.bind(Messages.Guide_featureWJoint, value("jointBody.maxVotingMembers"))); //$NON-NLS-1$
		bullet(NLS.bind(Messages.Guide_featureHub, new Object[] { value("hub.minMembers"), //$NON-NLS-1$
				value("hub.minMeetingsPerYear"), value("hub.minCentreDepartments") })); //$NON-NLS-1$ //$NON-NLS-2$
		bullet(Messages.Guide_featureCore);
		document.endList();
		document.paragraph(Messages.Guide_typesIntro);
		type(StructureType.ENTERPRISE_LED, NLS.bind(Messages.Guide_enterpriseLed, value("enterpriseLed.minE"), //$NON-NLS-1$
				value("enterpriseLed.minSmax"))); //$NON-NLS-1$
		type(StructureType.GOVERNMENT_LED, NLS.bind(Messages.Guide_governmentLed, value("governmentLed.minG"), //$NON-NLS-1$
				value("governmentLed.minSmax"))); //$NON-NLS-1$
		type(StructureType.CO_CREATION, NLS.bind(Messages.Guide_coCreation, new Object[] { value("coCreation.minE"), //$NON-NLS-1$
				value("coCreation.maxCoreEnterprises"), value("coCreation.minWJoint") })); //$NON-NLS-1$ //$NON-NLS-2$
		type(StructureType.NETWORK, NLS.bind(Messages.Guide_network, new Object[] { value("network.minNDec"), //$NON-NLS-1$
				value("network.maxSmax"), value("network.maxHhi"), value("network.minNEntP") })); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		type(StructureType.HYBRID, Messages.Guide_hybrid);
		document.endList();
		document.paragraph(NLS.bind(Messages.Guide_borderline, value("borderline.margin"))); //$NON-NLS-1$
		document.paragraph(Messages.Guide_parametersIntro);
		for (String key : ClassificationParameters.keys()) {
			document.bullet(key + " = " + defaults.get(key), ParameterDescriptions.of(key, locale)); //$NON-NLS-1$
		}
		document.endList();
	}

	private void type(StructureType type, String conditions) {
		document.bullet(TypeNames.label(type, locale), conditions);
	}

	private void metrics() {
		document.heading(Messages.Guide_metricsHeading);
		document.paragraph(Messages.Guide_metricsIntro);
		for (Metric metric : Metric.values()) {
			document.bullet(ReportWords.get(locale, "metric." + metric.name()), definition(metric)); //$NON-NLS-1$
		}
		document.endList();
	}

	private static String definition(Metric metric) {
		return switch (metric) {
		case DENSITY -> Messages.Guide_density;
		case CENTRALISATION -> Messages.Guide_centralisation;
		case REACH -> Messages.Guide_reach;
		case ISOLATE_SHARE -> Messages.Guide_isolateShare;
		case RECIPROCITY -> Messages.Guide_reciprocity;
		case LATERAL_SHARE -> Messages.Guide_lateralShare;
		case MULTIPLEXITY -> Messages.Guide_multiplexity;
		case DII -> Messages.Guide_dii;
		case RESPONSIBILITY_CLARITY -> Messages.Guide_responsibilityClarity;
		case IDCI -> Messages.Guide_idci;
		};
	}

	private void operationalisation() {
		document.heading(Messages.Guide_thesisHeading);
		document.paragraph(Messages.Guide_thesis);
		document.paragraph(Messages.Guide_examples);
	}

	/** A bullet written "term|description" in the messages. */
	private void bullet(String item) {
		int bar = item.indexOf('|');
		document.bullet(bar < 0 ? "" : item.substring(0, bar), item.substring(bar + 1)); //$NON-NLS-1$
	}

	private String value(String key) {
		return defaults.get(key);
	}
}
