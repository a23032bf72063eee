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
import org.cogov.analysis.metrics.Metric;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructureType;

/** The results for a terminal: per case its type and why, the metrics per phase and their changes; then the table. */
public final class TextReport {

	private TextReport() {
	}

	public static String write(StudyResults results) {
		Locale locale = results.locale();
		StringBuilder text = new StringBuilder();
		text.append(ReportWords.get(locale, "title", results.studyTitle())).append("\n"); //$NON-NLS-1$ //$NON-NLS-2$
		text.append(ReportWords.get(locale, "operationalisation")).append("\n"); //$NON-NLS-1$ //$NON-NLS-2$
		for (PlatformCase platformCase : results.cases()) {
			CaseAnalysis analysis = results.analysis(platformCase);
			text.append("\n== ").append(platformCase.getName()); //$NON-NLS-1$
			if (platformCase.getLabel() != null) {
				text.append(" \u00b7 ").append(platformCase.getLabel()); //$NON-NLS-1$
			}
			text.append(" ==\n"); //$NON-NLS-1$
			for (PhaseAnalysis phase : analysis.phases()) {
				StructureType type = phase.classification().type();
				text.append(ReportWords.get(locale, "phase.type", phase.phase().getName(), TypeNames.label(type, locale))); //$NON-NLS-1$
				if (type == StructureType.HYBRID) {
					text.append(ReportWords.get(locale, "phase.nearest", TypeNames.label(phase.classification().nearestType(), locale))); //$NON-NLS-1$
				}
				text.append('\n');
				indent(text, phase.classification().explanation().toText());
				text.append("  ").append(ReportWords.get(locale, "metrics")).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
				for (Metric metric : Metric.values()) {
					text.append("    ").append(ReportWords.get(locale, "metric." + metric.name())).append(" = ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							.append(Numbers.table(metric.valueIn(phase.metrics()))).append('\n');
				}
			}
			for (PhaseChange change : analysis.changes()) {
				indent(text, change.toText());
			}
		}
		text.append("\n").append(ReportWords.get(locale, "comparison")).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> header = TableReport.header(locale);
		text.append(String.join("\t", header)).append('\n'); //$NON-NLS-1$
		for (List<String> row : TableReport.rows(results)) {
			text.append(String.join("\t", row)).append('\n'); //$NON-NLS-1$
		}
		text.append('\n').append(results.comparison().thesisFinding().sentence()).append('\n');
		return text.toString();
	}

	private static void indent(StringBuilder text, String block) {
		for (String line : block.split("\n")) { //$NON-NLS-1$
			text.append("  ").append(line).append('\n'); //$NON-NLS-1$
		}
	}
}
