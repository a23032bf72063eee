/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.cogov.analysis.SettingsException;
import org.cogov.analysis.SettingsFile;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * A study's choice of which rules run and how severe their findings are, read from {@value #FILE_NAME} next to
 * the study's files: one line per rule to change, {@code COGOV-W01 = off | error | warning | info}. Rules not
 * named keep their default severity.
 */
public final class RuleSettings {

	/** Name of the per-study settings file. */
	public static final String FILE_NAME = "cogov-rules.properties"; //$NON-NLS-1$
	/** Key of the validation context map entry that supplies settings instead of the file. */
	public static final String CONTEXT_KEY = "org.cogov.analysis.rules.settings"; //$NON-NLS-1$

	/** What a study may set a rule to. */
	public enum Level {
		/** The rule does not run. */
		OFF,
		/** Findings are errors. */
		ERROR,
		/** Findings are warnings. */
		WARNING,
		/** Findings are information. */
		INFO;

		/** The EMF severity, or -1 for OFF. */
		public int severity() {
			return switch (this) {
			case OFF -> -1;
			case ERROR -> Diagnostic.ERROR;
			case WARNING -> Diagnostic.WARNING;
			case INFO -> Diagnostic.INFO;
			};
		}

		/** The word used in settings files. */
		public String word() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	private static final RuleSettings DEFAULTS = new RuleSettings(Collections.emptyMap());

	private final Map<Rule, Level> levels;

	private RuleSettings(Map<Rule, Level> levels) {
		this.levels = Collections.unmodifiableMap(levels);
	}

	/** Every rule at its default severity. */
	public static RuleSettings defaults() {
		return DEFAULTS;
	}

	/** A copy with one rule set to a level. */
	public RuleSettings with(Rule rule, Level level) {
		Map<Rule, Level> copy = new HashMap<>(levels);
		copy.put(rule, level);
		return new RuleSettings(copy);
	}

	/** The level in force for a rule. */
	public Level levelOf(Rule rule) {
		Level level = levels.get(rule);
		if (level != null) {
			return level;
		}
		return rule.getDefaultSeverity() == Diagnostic.ERROR ? Level.ERROR : Level.WARNING;
	}

	/** Whether the rule runs. */
	public boolean isEnabled(Rule rule) {
		return levelOf(rule) != Level.OFF;
	}

	/** Reads a settings file; an unknown rule or level names the file, the line and what is allowed. */
	public static RuleSettings load(Path file) throws SettingsException {
		SettingsFile settings = SettingsFile.read(file);
		Map<Rule, Level> levels = new HashMap<>();
		for (SettingsFile.Entry entry : settings.entries()) {
			Rule rule = RuleCatalog.byId(entry.key().toUpperCase(Locale.ROOT));
			if (rule == null) {
				throw settings.error(entry, "unknown rule '" + entry.key() + "'; the rules are " + ruleRanges()); //$NON-NLS-1$ //$NON-NLS-2$
			}
			Level level = parse(entry.value());
			if (level == null) {
				throw settings.error(entry, "'" + entry.key() + "' is set to '" + entry.value() //$NON-NLS-1$ //$NON-NLS-2$
						+ "'; allowed values are off, error, warning and info"); //$NON-NLS-1$
			}
			levels.put(rule, level);
		}
		return new RuleSettings(levels);
	}

	private static Level parse(String value) {
		for (Level level : Level.values()) {
			if (level.word().equalsIgnoreCase(value.strip())) {
				return level;
			}
		}
		return null;
	}

	/** "COGOV-E01 to COGOV-E19, COGOV-W01 to COGOV-W14 and COGOV-R01 to COGOV-R04", from the catalogue. */
	static String ruleRanges() {
		StringBuilder text = new StringBuilder();
		RuleCategory[] categories = RuleCategory.values();
		for (int i = 0; i < categories.length; i++) {
			RuleCategory category = categories[i];
			var ids = RuleCatalog.all().stream().filter(r -> r.getCategory() == category).map(Rule::getId).toList();
			if (ids.isEmpty()) {
				continue;
			}
			if (text.length() > 0) {
				text.append(i == categories.length - 1 ? " and " : ", "); //$NON-NLS-1$ //$NON-NLS-2$
			}
			text.append(ids.get(0)).append(" to ").append(ids.get(ids.size() - 1)); //$NON-NLS-1$
		}
		return text.toString();
	}
}
