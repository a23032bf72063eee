/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cogov.analysis.StudyComparison;
import org.cogov.analysis.metrics.Metric;
import org.cogov.model.StructureType;

/**
 * The comparison across cases as rows of cells, shared by the CSV, Markdown, text and HTML forms: case, phase,
 * type, G, E, smax, lead, HHI*, nDec, every metric and IDCI.
 */
public final class TableReport {

	private TableReport() {
	}

	public static List<String> header(Locale locale) {
		List<String> header = new ArrayList<>(List.of(ReportWords.get(locale, "column.case"), //$NON-NLS-1$
				ReportWords.get(locale, "column.phase"), ReportWords.get(locale, "column.type"), "G", "E", "smax", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				ReportWords.get(locale, "column.lead"), "HHI*", "nDec")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (Metric metric : Metric.values()) {
			header.add(ReportWords.get(locale, "metric." + metric.name())); //$NON-NLS-1$
		}
		return header;
	}

	public static List<List<String>> rows(StudyResults results) {
		List<List<String>> rows = new ArrayList<>();
		for (StudyComparison.Row row : results.comparison().rows()) {
			List<String> cells = new ArrayList<>();
			cells.add(row.caseName());
			cells.add(row.phase().getName());
			String type = TypeNames.id(row.type());
			if (row.type() == StructureType.HYBRID) {
				type += " (" + TypeNames.id(row.nearestType()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
			}
			cells.add(type);
			cells.add(Numbers.table(row.g()));
			cells.add(Numbers.table(row.e()));
			cells.add(Numbers.table(row.smax()));
			cells.add(row.lead() == null ? "" : row.lead().getName()); //$NON-NLS-1$
			cells.add(Numbers.table(row.hhi()));
			cells.add(String.valueOf(row.nDec()));
			for (Metric metric : Metric.values()) {
				cells.add(Numbers.table(metric.valueIn(row.metrics())));
			}
			rows.add(cells);
		}
		return rows;
	}

	/** RFC 4180 CSV with a header line. */
	public static String csv(StudyResults results) {
		StringBuilder csv = new StringBuilder();
		line(csv, header(Locale.ROOT));
		for (List<String> row : rows(results)) {
			line(csv, row);
		}
		return csv.toString();
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				cell = "\"" + cell.replace("\"", "\"\"") + "\""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			csv.append(i == 0 ? "" : ",").append(cell); //$NON-NLS-1$ //$NON-NLS-2$
		}
		csv.append("\r\n"); //$NON-NLS-1$
	}

	/** A Markdown table (pipes in cells escaped). */
	public static String markdown(StudyResults results) {
		StringBuilder md = new StringBuilder();
		List<String> header = header(results.locale());
		md.append(mdRow(header));
		md.append("|").append("---|".repeat(header.size())).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
		for (List<String> row : rows(results)) {
			md.append(mdRow(row));
		}
		return md.toString();
	}

	static String mdRow(List<String> cells) {
		StringBuilder row = new StringBuilder("|"); //$NON-NLS-1$
		for (String cell : cells) {
			row.append(' ').append(cell.replace("|", "\\|").replace("\n", " ")).append(" |"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		}
		return row.append('\n').toString();
	}
}
