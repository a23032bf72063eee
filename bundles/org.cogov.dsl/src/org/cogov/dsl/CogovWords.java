/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cogov.dsl.parser.antlr.internal.InternalCogovParser;

/**
 * What a name in the CoGov language may be: an ASCII identifier that is not one of the language's words. The words
 * are not only 'case' or 'link' but also enumeration words such as 'health' or 'local': a name spelled like one
 * would be read as the word. One place for the study wizards and the diagram's new names and renames.
 */
public final class CogovWords {

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*"); //$NON-NLS-1$

	/** The words of the language, from the generated parser's token names ("'study'", "'case'", ...). */
	private static final Set<String> WORDS = Arrays.stream(InternalCogovParser.tokenNames)
			.filter(token -> token.length() > 2 && token.startsWith("'") && token.endsWith("'")) //$NON-NLS-1$ //$NON-NLS-2$
			.map(token -> token.substring(1, token.length() - 1)).filter(word -> IDENTIFIER.matcher(word).matches())
			.collect(Collectors.toUnmodifiableSet());

	private CogovWords() {
	}

	/** Letters, digits and '_', starting with a letter or '_'. */
	public static boolean isIdentifier(String name) {
		return name != null && IDENTIFIER.matcher(name).matches();
	}

	/** One of the language's own words, which a name cannot be. */
	public static boolean isWord(String name) {
		return WORDS.contains(name);
	}
}
