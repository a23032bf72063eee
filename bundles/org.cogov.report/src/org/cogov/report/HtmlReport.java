/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.report;

import static org.cogov.report.Html.escape;

import java.util.List;
import java.util.Locale;

import org.cogov.analysis.CaseAnalysis;
import org.cogov.analysis.PhaseAnalysis;
import org.cogov.analysis.PhaseChange;
import org.cogov.analysis.classification.Borderline;
import org.cogov.analysis.classification.Condition;
import org.cogov.analysis.classification.TypeCheck;
import org.cogov.analysis.metrics.Metric;
import org.cogov.dsl.study.FileDiagnostic;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructureType;

/**
 * The report as one self-contained HTML page (inline CSS and SVG, no scripts, nothing fetched): comparison
 * table and thesis check, then per case the classification with its explanation, metrics per phase, changes
 * between phases tied to the timeline, diagnostics and diagrams. All model text is escaped.
 */
public final class HtmlReport {

	private static final String STYLE = "body{font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;margin:2em;" //$NON-NLS-1$
			+ "color:#222;max-width:1200px}h1{font-size:1.6em}h2{border-bottom:2px solid #2b5d8a;padding-bottom:.2em;margin-top:2em}" //$NON-NLS-1$
			+ "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #bbb;padding:.25em .5em;text-align:left}" //$NON-NLS-1$
			+ "th{background:#eef3f8}.met{color:#1a7f37}.failed{color:#b42318}.note{color:#555;font-style:italic}" //$NON-NLS-1$
			+ ".type{display:inline-block;padding:.1em .6em;border-radius:1em;background:#2b5d8a;color:#fff}" //$NON-NLS-1$
			+ ".error{color:#b42318}.warning{color:#9a6700}.risk{color:#8250df}figure{margin:1em 0}" //$NON-NLS-1$
			+ "figure svg{max-width:100%;height:auto;border:1px solid #ddd}figcaption{color:#555}"; //$NON-NLS-1$

	private HtmlReport() {
	}

	public static String write(StudyResults results, CaseFigures figures) {
		Locale locale = results.locale();
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"") //$NON-NLS-1$
				.append(locale.getLanguage().isEmpty() ? "en" : locale.getLanguage()).append("\">\n<head><meta charset=\"UTF-8\">") //$NON-NLS-1$ //$NON-NLS-2$
				.append("<title>").append(escape(ReportWords.get(locale, "title", results.studyTitle()))).append("</title>") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append("<style>").append(STYLE).append("</style></head>\n<body>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		html.append("<h1>").append(escape(ReportWords.get(locale, "title", results.studyTitle()))).append("</h1>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		html.append("<p class=\"note\">").append(escape(ReportWords.get(locale, "operationalisation"))).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		comparison(html, results);
		for (PlatformCase platformCase : results.cases()) {
			platformCase(html, results, platformCase, figures);
		}
		html.append("</body>\n</html>\n"); //$NON-NLS-1$
		return html.toString();
	}

	private static void comparison(StringBuilder html, StudyResults results) {
		Locale locale = results.locale();
		html.append("<h2>").append(escape(ReportWords.get(locale, "comparison"))).append("</h2>\n<table>\n<tr>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		TableReport.header(locale).forEach(h -> html.append("<th>").append(escape(h)).append("</th>")); //$NON-NLS-1$ //$NON-NLS-2$
		html.append("</tr>\n"); //$NON-NLS-1$
		for (List<String> row : TableReport.rows(results)) {
			html.append("<tr>"); //$NON-NLS-1$
			row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>")); //$NON-NLS-1$ //$NON-NLS-2$
			html.append("</tr>\n"); //$NON-NLS-1$
		}
		html.append("</table>\n<p><b>").append(escape(ReportWords.get(locale, "thesis"))).append("</b> ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append(escape(results.comparison().thesisFinding().sentence())).append("</p>\n"); //$NON-NLS-1$
	}

	private static void platformCase(StringBuilder html, StudyResults results, PlatformCase platformCase, CaseFigures figures) {
		Locale locale = results.locale();
		CaseAnalysis analysis = results.analysis(platformCase);
		html.append("<h2 id=\"case-").append(escape(platformCase.getName())).append("\">").append(escape(platformCase.getName())); //$NON-NLS-1$ //$NON-NLS-2$
		if (platformCase.getLabel() != null) {
			html.append(" \u00b7 ").append(escape(platformCase.getLabel())); //$NON-NLS-1$
		}
		html.append("</h2>\n"); //$NON-NLS-1$
		for (PhaseAnalysis phase : analysis.phases()) {
			StructureType type = phase.classification().type();
			html.append("<h3>").append(escape(ReportWords.get(locale, "column.phase"))).append(' ') //$NON-NLS-1$ //$NON-NLS-2$
					.append(escape(phase.phase().getName())).append(" <span class=\"type\">") //$NON-NLS-1$
					.append(escape(TypeNames.label(type, locale))).append("</span>"); //$NON-NLS-1$
			if (type == StructureType.HYBRID) {
				html.append(' ').append(escape(ReportWords.get(locale, "phase.nearest", TypeNames.label(phase.classification().nearestType(), locale)))); //$NON-NLS-1$
			}
			html.append("</h3>\n"); //$NON-NLS-1$
			explanation(html, phase, locale);
			metrics(html, phase, locale);
			for (CaseFigures.Figure figure : figures.figures(platformCase, phase.phase())) {
				// the SVG comes from our own renderer, which escapes every text it draws
				html.append("<figure>").append(stripXmlDeclaration(figure.svg())).append("<figcaption>") //$NON-NLS-1$ //$NON-NLS-2$
						.append(escape(figure.title())).append("</figcaption></figure>\n"); //$NON-NLS-1$
			}
		}
		for (PhaseChange change : analysis.changes()) {
			html.append("<pre>").append(escape(change.toText())).append("</pre>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		diagnostics(html, results.diagnostics(platformCase), locale);
	}

	private static void explanation(StringBuilder html, PhaseAnalysis phase, Locale locale) {
		html.append("<table>\n<tr><th>").append(escape(ReportWords.get(locale, "column.type"))).append("</th><th>") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append(escape(ReportWords.get(locale, "condition"))).append("</th><th></th></tr>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		for (TypeCheck check : phase.classification().explanation().checks()) {
			for (Condition condition : check.conditions()) {
				html.append("<tr><td>").append(escape(TypeNames.label(check.type(), locale))).append("</td><td>") //$NON-NLS-1$ //$NON-NLS-2$
						.append(escape(condition.toString())).append("</td><td class=\"").append(condition.met() ? "met" : "failed") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						.append("\">").append(condition.met() ? "\u2713" : "\u2717").append("</td></tr>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
		}
		html.append("</table>\n"); //$NON-NLS-1$
		for (Borderline borderline : phase.classification().explanation().borderlines()) {
			html.append("<p class=\"warning\">\u26a0 ").append(escape(borderline.toString())).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static void metrics(StringBuilder html, PhaseAnalysis phase, Locale locale) {
		html.append("<table>\n<tr><th>").append(escape(ReportWords.get(locale, "metrics"))).append("</th><th></th></tr>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (Metric metric : Metric.values()) {
			html.append("<tr><td>").append(escape(ReportWords.get(locale, "metric." + metric.name()))).append("</td><td>") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append(Numbers.table(metric.valueIn(phase.metrics()))).append("</td></tr>\n"); //$NON-NLS-1$
		}
		html.append("</table>\n"); //$NON-NLS-1$
	}

	private static void diagnostics(StringBuilder html, List<FileDiagnostic> diagnostics, Locale locale) {
		if (diagnostics.isEmpty()) {
			return;
		}
		html.append("<h3>").append(escape(ReportWords.get(locale, "diagnostics"))).append("</h3>\n<ul>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (FileDiagnostic d : diagnostics) {
			String css = d.isRisk() ? "risk" : d.severity().word(); //$NON-NLS-1$
			html.append("<li class=\"").append(css).append("\">").append(escape(d.code())).append(' ') //$NON-NLS-1$ //$NON-NLS-2$
					.append(escape(ReportWords.get(locale, "line", d.line()))).append(": ").append(escape(d.message())).append("</li>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		html.append("</ul>\n"); //$NON-NLS-1$
	}

	private static String stripXmlDeclaration(String svg) {
		return svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).trim() : svg; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
