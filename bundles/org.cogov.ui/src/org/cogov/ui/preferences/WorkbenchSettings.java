/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.preferences;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.analysis.rules.Rule;
import org.cogov.analysis.rules.RuleCatalog;
import org.cogov.analysis.rules.RuleSettings;
import org.cogov.analysis.rules.StudyFolderSettings;
import org.cogov.ui.CogovUiPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The analysis settings the workbench's preferences make: rule severities and classification parameters, built
 * for the headless analysis. A study's own files ({@code cogov-rules.properties}, {@code cogov-params.properties}
 * next to its study files) take precedence over the preferences, as project settings do in Eclipse. Safe to call
 * from any thread.
 */
public final class WorkbenchSettings {

	private WorkbenchSettings() {
	}

	/** The rule severities of the preferences. */
	public static RuleSettings rules() {
		RuleSettings settings = RuleSettings.defaults();
		for (Rule rule : RuleCatalog.all()) {
			RuleSettings.Level level = level(preference(rule.getId(), IPreferenceConstants.RULE_DEFAULT));
			if (level != null) {
				settings = settings.with(rule, level);
			}
		}
		return settings;
	}

	/** The level of a preference value, or null for the default (or a value no level has). */
	static RuleSettings.Level level(String value) {
		for (RuleSettings.Level level : RuleSettings.Level.values()) {
			if (level.word().equals(value)) {
				return level;
			}
		}
		return null;
	}

	/** The classification parameters of the preferences; a value that is not valid keeps its default. */
	public static ClassificationParameters parameters() {
		ClassificationParameters parameters = ClassificationParameters.defaults();
		for (String key : ClassificationParameters.keys()) {
			String value = preference(IPreferenceConstants.parameterKey(key), null);
			if (value != null) {
				try {
					parameters.set(key, value);
				} catch (IllegalArgumentException e) {
					CogovUiPlugin.log("the preference " + key + " = " + value + " is not valid; its default applies", e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
			}
		}
		return parameters;
	}

	/** The study's {@code cogov-rules.properties} in the folder when it exists and can be read, else {@link #rules()}. */
	public static RuleSettings rulesFor(Path studyFolder) {
		return StudyFolderSettings.forFolder(studyFolder).rules();
	}

	/** The study's {@code cogov-params.properties} in the folder when it exists and can be read, else {@link #parameters()}. */
	public static ClassificationParameters parametersFor(Path studyFolder) {
		return StudyFolderSettings.forFolder(studyFolder).parameters();
	}

	/**
	 * Makes the preferences the baseline of every validation and analysis in this workbench (editor markers,
	 * builder, views, reports), now and whenever they change; a study's own files still take precedence.
	 */
	public static void install() {
		StudyFolderSettings.setBaseline(new StudyFolderSettings(rules(), parameters(), List.of()));
		InstanceScope.INSTANCE.getNode(CogovUiPlugin.ID).addPreferenceChangeListener(
				event -> StudyFolderSettings.setBaseline(new StudyFolderSettings(rules(), parameters(), List.of())));
	}

	/** The workbench's language (-nl), for rule names, guide and reports. */
	public static Locale locale() {
		String nl = Platform.isRunning() ? Platform.getNL() : null;
		return nl == null || nl.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(nl.replace('_', '-'));
	}

	private static String preference(String key, String fallback) {
		IPreferencesService service = Platform.isRunning() ? Platform.getPreferencesService() : null;
		return service == null ? fallback : service.getString(CogovUiPlugin.ID, key, fallback, null);
	}
}
