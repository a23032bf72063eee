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
import org.cogov.report.JsonReport;
import org.cogov.report.MarkdownReport;
import org.cogov.report.StudyResults;
import org.cogov.report.TableReport;
import org.cogov.report.TextReport;

/** cogov analyze: each case's structure type with its explanation, and the collaboration metrics. */
final class AnalyzeCommand implements Command {

	private static final Set<String> FORMATS = Set.of("text", "json", "csv", "md"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	@Override
	public String name() {
		return "analyze"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "classify each case's governance structure, with explanation and collaboration metrics"; //$NON-NLS-1$
	}

	@Override
	public String help() {
		return """
				usage: cogov analyze PATH... [--format text|json|csv|md] [--params FILE] [-o FILE] [--lang en|zh]

				For every case and structure phase: decision shares, the structure type (co-creation, network,
				enterprise-led, government-led, hybrid with its nearest type) with the conditions met and failed
				and borderline flags, and the collaboration metrics (density, centralisation, reach, isolate share,
				reciprocity, lateral share, multiplexity, DII, responsibility clarity, IDCI), the changes between
				phases with the events between them, and the cross-case comparison with the check of the thesis'
				finding that the network type has the highest IDCI.
				  --format  text (default), json (an object with a "cases" array), csv or md (the comparison)
				  --params  a classification parameters file (key = value); every threshold is a parameter with the
				            default of the design notes; these are CoGov's operationalisation of the thesis
				  -o FILE   write to FILE instead of standard output (never an input file)
				Exit code: 0 results written, 1 a file could not be parsed or linked, 2 usage or I/O error.
				"""; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> arguments, Terminal terminal) throws CommandLine.UsageException, CommandFailure {
		CommandLine line = CommandLine.parse(arguments, Set.of("--format", "--params", "-o"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String format = line.option("--format", "text"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!FORMATS.contains(format)) {
			throw new CommandLine.UsageException("unknown format '" + format + "'; use text, json, csv or md"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		ClassificationParameters parameters = StudyInputs.parameters(line.option("--params")); //$NON-NLS-1$
		List<Path> inputs = StudyInputs.paths(line.positional());
		if (line.option("-o") != null) { //$NON-NLS-1$
			StudyInputs.refuseInput(Path.of(line.option("-o")), inputs); //$NON-NLS-1$
		}
		LoadedStudy study = StudyInputs.load(inputs, terminal);
		int broken = Findings.reportBroken(study, terminal);
		if (broken != OK) {
			return broken;
		}
		StudyResults results = new StudyResults(study, parameters, terminal.locale);
		String output = switch (format) {
		case "json" -> JsonReport.write(results); //$NON-NLS-1$
		case "csv" -> TableReport.csv(results); //$NON-NLS-1$
		case "md" -> MarkdownReport.write(results); //$NON-NLS-1$
		default -> TextReport.write(results);
		};
		if (line.option("-o") != null) { //$NON-NLS-1$
			StudyInputs.write(Path.of(line.option("-o")), output, inputs); //$NON-NLS-1$
			terminal.err.println("written: " + line.option("-o")); //$NON-NLS-1$ //$NON-NLS-2$
		} else {
			terminal.out.print(output);
		}
		Findings.summarise(study, terminal);
		return OK;
	}
}
