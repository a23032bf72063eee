/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.dsl.study.LoadedStudy;
import org.cogov.report.HtmlReport;
import org.cogov.report.MarkdownReport;
import org.cogov.report.StudyResults;
import org.cogov.report.TableReport;

/** cogov report: a self-contained HTML report, plus the comparison as CSV and the report as Markdown. */
final class ReportCommand implements Command {

	@Override
	public String name() {
		return "report"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "write an HTML report with diagrams, plus CSV and Markdown, into a folder"; //$NON-NLS-1$
	}

	@Override
	public String help() {
		return """
				usage: cogov report PATH... -o DIR [--params FILE] [--lang en|zh]

				Writes into DIR (created if needed):
				  report.html     self-contained (inline styles and SVG diagrams, no scripts): the comparison table,
				                  the thesis check, and per case its classification with the explanation, metrics
				                  per phase, changes between phases, validation findings and the four diagrams
				  comparison.csv  the comparison table
				  report.md       the report as Markdown
				Exit code: 0 written, 1 a file could not be parsed or linked, 2 usage or I/O error.
				"""; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> arguments, Terminal terminal) throws CommandLine.UsageException, CommandFailure {
		CommandLine line = CommandLine.parse(arguments, Set.of("-o", "--params"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$
		if (line.option("-o") == null) { //$NON-NLS-1$
			throw new CommandLine.UsageException("give the output folder with -o DIR"); //$NON-NLS-1$
		}
		Path folder = Path.of(line.option("-o")); //$NON-NLS-1$
		ClassificationParameters parameters = StudyInputs.parameters(line.option("--params")); //$NON-NLS-1$
		List<Path> inputs = StudyInputs.paths(line.positional());
		LoadedStudy study = StudyInputs.load(inputs, terminal);
		int broken = Findings.reportBroken(study, terminal);
		if (broken != OK) {
			return broken;
		}
		StudyResults results = new StudyResults(study, parameters, terminal.locale);
		terminal.show("writing report.html"); //$NON-NLS-1$
		StudyInputs.write(folder.resolve("report.html"), HtmlReport.write(results, ReportFigures.of(results)), inputs); //$NON-NLS-1$
		StudyInputs.write(folder.resolve("comparison.csv"), TableReport.csv(results), inputs); //$NON-NLS-1$
		StudyInputs.write(folder.resolve("report.md"), MarkdownReport.write(results), inputs); //$NON-NLS-1$
		terminal.done();
		terminal.err.println("written: " + folder.resolve("report.html") + ", comparison.csv, report.md"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Findings.summarise(study, terminal);
		return OK;
	}
}
