/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.wizards;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cogov.dsl.parser.antlr.internal.InternalCogovParser;
import org.eclipse.osgi.util.NLS;

/**
 * The identifiers a researcher gives a study or a case: ASCII identifiers of the CoGov language that are not one
 * of its words, and an identifier proposed from a project name.
 */
final class StudyNames {

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*"); //$NON-NLS-1$
	private static Set<String> reserved;

	private StudyNames() {
	}

	/** What is wrong with an identifier, or null when it can be used or is still empty (the page asks for it). */
	static String problem(String identifier) {
		if (identifier.isEmpty()) {
			return null;
		}
		if (!IDENTIFIER.matcher(identifier).matches()) {
			return NLS.bind(Messages.Names_notIdentifier, identifier);
		}
		if (reserved().contains(identifier)) {
			return NLS.bind(Messages.Names_reserved, identifier);
		}
		return null;
	}

	/** The words of the language, from the generated parser's token names ("'study'", "'case'", ...). */
	private static synchronized Set<String> reserved() {
		if (reserved == null) {
			reserved = Arrays.stream(InternalCogovParser.tokenNames)
					.filter(token -> token.length() > 2 && token.startsWith("'") && token.endsWith("'")) //$NON-NLS-1$ //$NON-NLS-2$
					.map(token -> token.substring(1, token.length() - 1)).filter(word -> IDENTIFIER.matcher(word).matches())
					.collect(Collectors.toUnmodifiableSet());
		}
		return reserved;
	}

	/** "county study 2024" to CountyStudy2024; "Study" when nothing usable is left (e.g. a Chinese name). */
	static String fromProjectName(String projectName) {
		StringBuilder identifier = new StringBuilder();
		for (String word : projectName.split("[^A-Za-z0-9]+")) { //$NON-NLS-1$
			if (!word.isEmpty()) {
				identifier.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
			}
		}
		if (identifier.length() == 0 || Character.isDigit(identifier.charAt(0))) {
			identifier.insert(0, "Study"); //$NON-NLS-1$
		}
		String result = identifier.toString();
		return problem(result) == null ? result : result + "Study"; //$NON-NLS-1$
	}
}
