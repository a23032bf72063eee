/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.report;

import java.util.List;
import java.util.Locale;

import org.cogov.analysis.CaseAnalysis;
import org.cogov.analysis.PhaseAnalysis;
import org.cogov.analysis.PhaseChange;
import org.cogov.analysis.classification.Condition;
import org.cogov.analysis.classification.TypeCheck;
import org.cogov.analysis.metrics.Metric;
import org.cogov.dsl.study.FileDiagnostic;
import org.cogov.model.PlatformCase;

/** The report as Markdown: comparison table, thesis check, then each case's explanation, metrics and diagnostics. */
public final class MarkdownReport {

	private MarkdownReport() {
	}

	public static String write(StudyResults results) {
		Locale locale = results.locale();
		StringBuilder md = new StringBuilder();
		md.append("# ").append(text(ReportWords.get(locale, "title", results.studyTitle()))).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		md.append("_").append(ReportWords.get(locale, "operationalisation")).append("_\n\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		md.append("## ").append(ReportWords.get(locale, "comparison")).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		md.append(TableReport.markdown(results)).append('\n');
		md.append("**").append(ReportWords.get(locale, "thesis")).append("** ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append(text(results.comparison().thesisFinding().sentence())).append("\n"); //$NON-NLS-1$
		for (PlatformCase platformCase : results.cases()) {
			CaseAnalysis analysis = results.analysis(platformCase);
			md.append("\n## ").append(text(platformCase.getName())); //$NON-NLS-1$
			if (platformCase.getLabel() != null) {
				md.append(" \u00b7 ").append(text(platformCase.getLabel())); //$NON-NLS-1$
			}
			md.append("\n"); //$NON-NLS-1$
			for (PhaseAnalysis phase : analysis.phases()) {
				md.append("\n### ").append(text(ReportWords.get(locale, "phase.type", phase.phase().getName(), //$NON-NLS-1$ //$NON-NLS-2$
						TypeNames.label(phase.classification().type(), locale)))).append("\n\n"); //$NON-NLS-1$
				for (TypeCheck check : phase.classification().explanation().checks()) {
					md.append("- ").append(TypeNames.label(check.type(), locale)).append(": ") //$NON-NLS-1$ //$NON-NLS-2$
							.append(check.matches() ? ReportWords.get(locale, "matches") : ReportWords.get(locale, "fails")).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
					for (Condition condition : check.conditions()) {
						md.append("  - ").append(condition.met() ? "\u2713 " : "\u2717 ").append(text(condition.toString())).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					}
				}
				phase.classification().explanation().borderlines()
						.forEach(b -> md.append("- \u26a0 ").append(text(b.toString())).append('\n')); //$NON-NLS-1$
				md.append('\n').append(TableReport.mdRow(List.of(ReportWords.get(locale, "metrics"), ""))) //$NON-NLS-1$ //$NON-NLS-2$
						.append("|---|---|\n"); //$NON-NLS-1$
				for (Metric metric : Metric.values()) {
					md.append(TableReport.mdRow(List.of(ReportWords.get(locale, "metric." + metric.name()), //$NON-NLS-1$
							Numbers.table(metric.valueIn(phase.metrics())))));
				}
			}
			for (PhaseChange change : analysis.changes()) {
				md.append("\n```\n").append(change.toText()).append("\n```\n"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			List<FileDiagnostic> diagnostics = results.diagnostics(platformCase);
			if (!diagnostics.isEmpty()) {
				md.append("\n### ").append(ReportWords.get(locale, "diagnostics")).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				for (FileDiagnostic d : diagnostics) {
					md.append("- ").append(d.severity().word()).append(" `").append(d.code()).append("` ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							.append(ReportWords.get(locale, "line", d.line())).append(": ").append(text(d.message())).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		return md.toString();
	}

	/** Model text in Markdown: characters with a meaning in Markdown or HTML are escaped. */
	static String text(String value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder out = new StringBuilder();
		for (char c : value.toCharArray()) {
			switch (c) {
			case '<' -> out.append("&lt;"); //$NON-NLS-1$
			case '>' -> out.append("&gt;"); //$NON-NLS-1$
			case '&' -> out.append("&amp;"); //$NON-NLS-1$
			case '*', '_', '`', '[', ']', '#', '|', '\\' -> out.append('\\').append(c);
			default -> out.append(c);
			}
		}
		return out.toString();
	}
}
