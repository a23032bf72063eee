/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.diagram.GovernanceDiagrams;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.dsl.study.LoadedStudy;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructurePhase;

/** cogov diagram: a role, decision, collaboration-network or path-model diagram of a case as SVG or PNG. */
final class DiagramCommand implements Command {

	@Override
	public String name() {
		return "diagram"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "draw a case's role, decision, network or path diagram as SVG or PNG"; //$NON-NLS-1$
	}

	@Override
	public String help() {
		return """
				usage: cogov diagram PATH... --kind role|decision|network|path [--case NAME] [--phase ID] [--params FILE] -o FILE.svg|FILE.png
				       [--lang en|zh]

				Draws one diagram of a case's structure phase, laid out by ELK:
				  role      actors by kind, their roles, responsibilities and benefit shares
				  decision  decision bodies (chair, members, rule), decision items and the rights over them, with
				            each actor's decision share
				  network   departments and their collaboration links by kind and direction, with the metrics
				  path      factors -> the structure and its type -> mechanisms -> difficulties and outcomes, each
				            edge with its evidence count and strongest process-tracing test
				--case is needed when the files hold several cases; --phase defaults to the case's current phase
				(the one that began last). The output format follows the extension; --lang zh draws titles, legends
				and node texts in Chinese (default: the system's language). Chinese text needs a CJK font (Debian:
				fonts-noto-cjk). The file is written atomically and is never an input.
				Exit code: 0 written, 1 a file could not be parsed or linked, 2 usage or I/O error.
				"""; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> arguments, Terminal terminal) throws CommandLine.UsageException, CommandFailure {
		CommandLine line = CommandLine.parse(arguments, Set.of("--kind", "--case", "--phase", "--params", "-o"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		if (line.option("--kind") == null || line.option("-o") == null) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new CommandLine.UsageException("give --kind and -o FILE.svg or FILE.png"); //$NON-NLS-1$
		}
		DiagramKind kind;
		try {
			kind = DiagramKind.parse(line.option("--kind")); //$NON-NLS-1$
		} catch (IllegalArgumentException e) {
			throw new CommandLine.UsageException(e.getMessage());
		}
		Path output = Path.of(line.option("-o")); //$NON-NLS-1$
		String file = output.getFileName().toString();
		if (!file.endsWith(".svg") && !file.endsWith(".png")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new CommandLine.UsageException("the output must end in .svg or .png"); //$NON-NLS-1$
		}
		ClassificationParameters parameters = StudyInputs.parameters(line.option("--params")); //$NON-NLS-1$
		List<Path> inputs = StudyInputs.paths(line.positional());
		StudyInputs.refuseInput(output, inputs);
		LoadedStudy study = StudyInputs.load(inputs, terminal);
		int broken = Findings.reportBroken(study, terminal);
		if (broken != OK) {
			return broken;
		}
		PlatformCase platformCase = chooseCase(study.cases(), line.option("--case")); //$NON-NLS-1$
		StructurePhase phase = choosePhase(platformCase, line.option("--phase")); //$NON-NLS-1$
		if (phase == null && platformCase.getPhases().isEmpty()) {
			throw new CommandFailure("case " + platformCase.getName() + " has no structure phase to draw"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		terminal.show("laying out the " + kind.label()); //$NON-NLS-1$
		Diagram diagram = GovernanceDiagrams.build(kind, platformCase, phase, parameters, terminal.locale);
		byte[] bytes;
		try {
			bytes = file.endsWith(".svg") ? GovernanceDiagrams.svg(diagram).getBytes(java.nio.charset.StandardCharsets.UTF_8) //$NON-NLS-1$
					: GovernanceDiagrams.png(diagram);
		} catch (RuntimeException e) {
			throw new CommandFailure("cannot draw the diagram: " + e.getMessage()); //$NON-NLS-1$
		}
		StudyInputs.write(output, bytes, inputs);
		terminal.done();
		terminal.err.println("written: " + output + " (" + kind.label() + " of " + platformCase.getName() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return OK;
	}

	private static PlatformCase chooseCase(List<PlatformCase> cases, String name) throws CommandFailure {
		String known = cases.stream().map(PlatformCase::getName).collect(Collectors.joining(", ")); //$NON-NLS-1$
		if (name == null) {
			if (cases.size() == 1) {
				return cases.get(0);
			}
			throw new CommandFailure("the files hold several cases; choose one with --case (" + known + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return cases.stream().filter(c -> name.equals(c.getName())).findFirst()
				.orElseThrow(() -> new CommandFailure("no case '" + name + "'; known: " + known)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static StructurePhase choosePhase(PlatformCase platformCase, String name) throws CommandFailure {
		if (name == null) {
			return null;
		}
		return platformCase.getPhases().stream().filter(p -> name.equals(p.getName())).findFirst()
				.orElseThrow(() -> new CommandFailure("case " + platformCase.getName() + " has no phase '" + name + "'; known: " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ platformCase.getPhases().stream().map(StructurePhase::getName).collect(Collectors.joining(", ")))); //$NON-NLS-1$
	}

}
