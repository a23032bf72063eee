/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.wizards;

import java.util.Locale;

import org.cogov.dsl.CogovWords;
import org.eclipse.osgi.util.NLS;

/**
 * The identifiers a researcher gives a study or a case: ASCII identifiers of the CoGov language that are not one
 * of its words, and an identifier proposed from a project name.
 */
final class StudyNames {

	private StudyNames() {
	}

	/** What is wrong with a case's identifier: as any identifier, and "sources" names the study's sources file. */
	static String caseProblem(String identifier) {
		String problem = problem(identifier);
		if (problem == null && identifier.toLowerCase(Locale.ROOT).equals("sources")) { //$NON-NLS-1$
			problem = NLS.bind(Messages.Page_caseIsSources, identifier);
		}
		return problem;
	}

	/** What is wrong with an identifier, or null when it can be used or is still empty (the page asks for it). */
	static String problem(String identifier) {
		if (identifier.isEmpty()) {
			return null;
		}
		if (!CogovWords.isIdentifier(identifier)) {
			return NLS.bind(Messages.Names_notIdentifier, identifier);
		}
		if (CogovWords.isWord(identifier)) {
			return NLS.bind(Messages.Names_reserved, identifier);
		}
		return null;
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
