/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cogov.analysis.SettingsException;
import org.cogov.analysis.classification.ClassificationParameters;
import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The rule settings ({@value RuleSettings#FILE_NAME}) and classification parameters
 * ({@value ClassificationParameters#FILE_NAME}) that sit in the folder of a study's files. Read once per folder and
 * kept until either file's modification time changes. A file that cannot be used is reported, and the defaults
 * apply in its place until it is fixed.
 *
 * @param rules      the rule settings in force
 * @param parameters the classification parameters in force
 * @param errors     problems with the files, each naming file and line
 */
public record StudyFolderSettings(RuleSettings rules, ClassificationParameters parameters, List<SettingsException> errors) {

	private record Stamped(long rulesStamp, long parametersStamp, StudyFolderSettings baseline, StudyFolderSettings settings) {
	}

	private static final Map<Path, Stamped> CACHE = new ConcurrentHashMap<>();
	private static final StudyFolderSettings DEFAULTS = new StudyFolderSettings(RuleSettings.defaults(),
			ClassificationParameters.defaults(), List.of());
	private static volatile StudyFolderSettings baseline = DEFAULTS;

	/**
	 * Sets what applies where a study folder has no settings file of its own: in the workbench, the user's
	 * preferences (set again whenever they change); elsewhere the built-in defaults. A study's own files always win,
	 * so that a study validates the same in the IDE and on the command line.
	 *
	 * @param settings the baseline, or null for the built-in defaults
	 */
	public static void setBaseline(StudyFolderSettings settings) {
		baseline = settings == null ? DEFAULTS : settings;
	}

	/** The settings for a resource: those of its file's folder, or the baseline when it is not a file. */
	public static StudyFolderSettings forResource(Resource resource) {
		if (resource == null || resource.getURI() == null) {
			return baseline;
		}
		// platform:/resource URIs (workbench, Sirius sessions) resolve to files when a workspace is running
		URI uri = CommonPlugin.resolve(resource.getURI());
		if (!uri.isFile()) {
			return baseline;
		}
		Path parent = Paths.get(uri.toFileString()).toAbsolutePath().getParent();
		return parent == null ? baseline : forFolder(parent);
	}

	/** The settings of a folder, re-read when a file (or the baseline) changed since the last call. */
	public static StudyFolderSettings forFolder(Path folder) {
		Path rulesFile = folder.resolve(RuleSettings.FILE_NAME);
		Path parametersFile = folder.resolve(ClassificationParameters.FILE_NAME);
		long rulesStamp = stamp(rulesFile);
		long parametersStamp = stamp(parametersFile);
		StudyFolderSettings base = baseline;
		Stamped cached = CACHE.get(folder);
		if (cached != null && cached.rulesStamp() == rulesStamp && cached.parametersStamp() == parametersStamp
				&& cached.baseline() == base) {
			return cached.settings();
		}
		List<SettingsException> errors = new ArrayList<>();
		RuleSettings rules = base.rules();
		ClassificationParameters parameters = base.parameters();
		if (rulesStamp != Long.MIN_VALUE) {
			try {
				rules = RuleSettings.load(rulesFile);
			} catch (SettingsException e) {
				errors.add(e);
			}
		}
		if (parametersStamp != Long.MIN_VALUE) {
			try {
				parameters = ClassificationParameters.load(parametersFile);
			} catch (SettingsException e) {
				errors.add(e);
			}
		}
		StudyFolderSettings settings = new StudyFolderSettings(rules, parameters, List.copyOf(errors));
		CACHE.put(folder, new Stamped(rulesStamp, parametersStamp, base, settings));
		return settings;
	}

	/** Modification time and size folded together (a same-second edit usually changes the size), or MIN_VALUE. */
	private static long stamp(Path file) {
		try {
			if (!Files.isRegularFile(file)) {
				return Long.MIN_VALUE;
			}
			return Files.getLastModifiedTime(file).toMillis() * 31 + Files.size(file);
		} catch (IOException e) {
			return Long.MIN_VALUE;
		}
	}
}
