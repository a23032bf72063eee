/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cogov.analysis.SettingsException;
import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.dsl.study.LoadedStudy;
import org.cogov.dsl.study.StudyLoader;
import org.cogov.model.resource.ModelFiles;

/** What the study commands share: reading the inputs, the parameters file, and writing outputs safely. */
final class StudyInputs {

	private StudyInputs() {
	}

	static List<Path> paths(List<String> arguments) throws CommandLine.UsageException {
		if (arguments.isEmpty()) {
			throw new CommandLine.UsageException("give at least one .cogov or .xmi file or folder"); //$NON-NLS-1$
		}
		List<Path> paths = new ArrayList<>();
		for (String argument : arguments) {
			paths.add(Path.of(argument));
		}
		return paths;
	}

	static LoadedStudy load(List<Path> paths, Terminal terminal) {
		LoadedStudy study = StudyLoader.standalone().load(paths, true, terminal.progress());
		terminal.done();
		return study;
	}

	/** The parameters of the --params file, or the defaults (the study folder's cogov-params.properties is not read here). */
	static ClassificationParameters parameters(String file) throws CommandFailure {
		if (file == null) {
			return ClassificationParameters.defaults();
		}
		Path path = Path.of(file);
		if (!Files.isRegularFile(path)) {
			throw new CommandFailure("parameters file not found: " + path); //$NON-NLS-1$
		}
		try {
			return ClassificationParameters.load(path);
		} catch (SettingsException e) {
			throw new CommandFailure(e.getMessage());
		}
	}

	/** Writes an output file atomically, refusing to overwrite any input of the command. */
	static void write(Path target, String content, List<Path> inputs) throws CommandFailure {
		write(target, content.getBytes(StandardCharsets.UTF_8), inputs);
	}

	static void write(Path target, byte[] content, List<Path> inputs) throws CommandFailure {
		refuseInput(target, inputs);
		try {
			ModelFiles.write(target, content);
		} catch (IOException e) {
			throw new CommandFailure("cannot write " + target + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	static void refuseInput(Path target, List<Path> inputs) throws CommandFailure {
		Path absolute = target.toAbsolutePath().normalize();
		for (Path input : inputs) {
			Path in = input.toAbsolutePath().normalize();
			if (absolute.equals(in) || (Files.isDirectory(in) && absolute.startsWith(in) && isStudyFile(absolute))) {
				throw new CommandFailure("will not overwrite the input " + input + "; choose another output"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private static boolean isStudyFile(Path path) {
		String name = path.getFileName().toString();
		return name.endsWith(".cogov") || name.endsWith(".xmi"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
