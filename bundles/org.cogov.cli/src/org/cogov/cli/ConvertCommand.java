/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.cogov.dsl.study.FileDiagnostic;
import org.cogov.dsl.study.LoadedStudy;
import org.cogov.model.resource.CogovResourceFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;

/** cogov convert: CoGov text to XMI and back, keeping references to the study's other files. */
final class ConvertCommand implements Command {

	@Override
	public String name() {
		return "convert"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "convert a study file between CoGov text (.cogov) and XMI (.xmi)"; //$NON-NLS-1$
	}

	@Override
	public String help() {
		return """
				usage: cogov convert IN OUT

				Converts IN.cogov to OUT.xmi, or IN.xmi to OUT.cogov (formatted). The other study files in IN's
				folder are loaded too, so that references to them (e.g. interviewees of a sources file) resolve
				and are kept as references to those files. OUT is written atomically and is never one of the inputs.
				Exit code: 0 converted, 1 IN has errors that prevent conversion, 2 usage or I/O error.
				"""; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> arguments, Terminal terminal) throws CommandLine.UsageException, CommandFailure {
		CommandLine line = CommandLine.parse(arguments, Set.of(), Set.of());
		if (line.positional().size() != 2) {
			throw new CommandLine.UsageException("give exactly one input and one output file"); //$NON-NLS-1$
		}
		Path in = Path.of(line.positional().get(0)).toAbsolutePath().normalize();
		Path out = Path.of(line.positional().get(1)).toAbsolutePath().normalize();
		boolean toXmi = out.getFileName().toString().endsWith(".xmi"); //$NON-NLS-1$
		boolean toText = out.getFileName().toString().endsWith(".cogov"); //$NON-NLS-1$
		if (!toXmi && !toText) {
			throw new CommandLine.UsageException("the output must end in .xmi or .cogov"); //$NON-NLS-1$
		}
		if (!Files.isRegularFile(in)) {
			throw new CommandFailure("input not found: " + in); //$NON-NLS-1$
		}
		List<Path> inputs = studyFolder(in);
		StudyInputs.refuseInput(out, inputs);
		LoadedStudy study = StudyInputs.load(inputs, terminal);
		List<FileDiagnostic> broken = study.diagnostics().stream().filter(d -> d.file().toAbsolutePath().normalize().equals(in))
				.filter(Findings::isBroken).toList();
		if (!broken.isEmpty()) {
			broken.forEach(d -> terminal.err.println(d.format()));
			terminal.err.println("not converted: fix the errors above"); //$NON-NLS-1$
			return FOUND_ERRORS;
		}
		Resource source = study.resources().get(inputs.get(0));
		Resource target = study.resourceSet().createResource(URI.createFileURI(out.toString()));
		if (target == null) {
			throw new CommandFailure("no writer for " + out); //$NON-NLS-1$
		}
		for (EObject root : source.getContents()) {
			target.getContents().add(EcoreUtil.copy(root));
		}
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			target.save(bytes, toText ? SaveOptions.newBuilder().format().getOptions().toOptionsMap()
					: study.resourceSet().getLoadOptions());
			StudyInputs.write(out, bytes.toByteArray(), inputs);
		} catch (IOException | RuntimeException e) {
			throw new CommandFailure("cannot convert " + in.getFileName() + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		terminal.err.println("written: " + out); //$NON-NLS-1$
		return OK;
	}

	/** The input first, then the other study files of its folder, for references across files. */
	private static List<Path> studyFolder(Path in) throws CommandFailure {
		List<Path> files = new ArrayList<>();
		files.add(in);
		try (Stream<Path> siblings = Files.list(in.getParent())) {
			siblings.filter(p -> !p.equals(in)).filter(p -> {
				String name = p.getFileName().toString();
				return name.endsWith(".cogov") || name.endsWith("." + CogovResourceFactory.XMI_EXTENSION); //$NON-NLS-1$ //$NON-NLS-2$
			}).sorted().forEach(files::add);
		} catch (IOException e) {
			throw new CommandFailure("cannot list " + in.getParent() + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return files;
	}

}
