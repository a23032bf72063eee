/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.cli;

import org.cogov.report.CaseFigures;
import org.cogov.report.DiagramFigures;
import org.cogov.report.StudyResults;

/** The diagrams the command line's HTML report embeds: all four kinds for every phase of every case. */
final class ReportFigures {

	private ReportFigures() {
	}

	static CaseFigures of(StudyResults results) {
		return new DiagramFigures(results.parameters(), results.locale());
	}
}
