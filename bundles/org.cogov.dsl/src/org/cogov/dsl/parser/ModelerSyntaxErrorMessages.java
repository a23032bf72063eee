/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.parser;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cogov.dsl.linking.NameDistance;
import org.cogov.dsl.services.CogovGrammarAccess;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import com.google.inject.Inject;

/**
 * Rewords ANTLR's parser and lexer messages for modelers ("mismatched input" becomes "unexpected ... here") and
 * suggests the nearest keyword for a misspelt one.
 */
public class ModelerSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*)'", Pattern.DOTALL); //$NON-NLS-1$
	private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*)' expecting (.*)", Pattern.DOTALL); //$NON-NLS-1$
	private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (.*)", Pattern.DOTALL); //$NON-NLS-1$
	private static final Pattern MISSING_EOF = Pattern.compile("missing EOF at '(.*)'", Pattern.DOTALL); //$NON-NLS-1$
	private static final Pattern MISSING = Pattern.compile("missing (.*) at '(.*)'", Pattern.DOTALL); //$NON-NLS-1$
	private static final Pattern LEXER_MISMATCH = Pattern.compile("mismatched character '(.*)' expecting .*", Pattern.DOTALL); //$NON-NLS-1$
	private static final Pattern UNTERMINATED = Pattern.compile("mismatched character '<EOF>' expecting '[\"']'"); //$NON-NLS-1$

	@Inject
	private CogovGrammarAccess grammar;

	/** Computed on first use; volatile because the files of a study are parsed on several threads. */
	private volatile Set<String> keywords;

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		String text = original.getMessage();
		return new SyntaxErrorMessage(reword(text == null ? "" : text), original.getIssueCode(), original.getIssueData()); //$NON-NLS-1$
	}

	String reword(String text) {
		Matcher m;
		if ((m = UNTERMINATED.matcher(text)).find()) {
			return "unterminated string: the closing quote is missing"; //$NON-NLS-1$
		}
		if ((m = LEXER_MISMATCH.matcher(text)).matches()) {
			return "unexpected character '" + shown(m.group(1)) + "': a word is misspelt or unknown here" + oddCharacters(m.group(1)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if ((m = MISMATCHED.matcher(text)).matches() && "<EOF>".equals(m.group(1))) { //$NON-NLS-1$
			return "the file ends too early; expected " + expected(m.group(2)); //$NON-NLS-1$
		}
		if ((m = NO_VIABLE.matcher(text)).matches()) {
			return "unexpected '" + shown(m.group(1)) + "' here" + suggestion(m.group(1)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if ((m = MISMATCHED.matcher(text)).matches()) {
			return "unexpected '" + shown(m.group(1)) + "' here; expected " + expected(m.group(2)) + suggestion(m.group(1)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if ((m = EXTRANEOUS.matcher(text)).matches()) {
			return "unexpected '" + shown(m.group(1)) + "' here; expected " + expected(m.group(2)) + suggestion(m.group(1)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if ((m = MISSING_EOF.matcher(text)).matches()) {
			return "unexpected '" + shown(m.group(1)) + "' after the end of the study; is a '{' or '}' missing or extra?"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if ((m = MISSING.matcher(text)).matches()) {
			return expected(m.group(1)) + " is missing before '" + m.group(2) + "'"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return text;
	}

	/** The token as a modeler can see it: invisible characters (zero-width spaces, controls) as U+XXXX. */
	static String shown(String token) {
		StringBuilder text = new StringBuilder();
		token.codePoints().forEach(c -> {
			if (invisible(c)) {
				text.append(String.format("U+%04X", c)); //$NON-NLS-1$
			} else {
				text.appendCodePoint(c);
			}
		});
		return text.toString();
	}

	private static boolean invisible(int c) {
		int type = Character.getType(c);
		return type == Character.FORMAT || type == Character.CONTROL && c != '\n' && c != '\t' || c != ' ' && Character.isSpaceChar(c);
	}

	/**
	 * What to do about characters that look right but are not: invisible ones pasted from web pages and full-width
	 * letters typed with a Chinese input method (ｓｔｕｄｙ instead of study).
	 */
	private static String oddCharacters(String token) {
		if (token.codePoints().anyMatch(ModelerSyntaxErrorMessages::invisible)) {
			return "; the text holds an invisible character: delete it and type the word again"; //$NON-NLS-1$
		}
		if (token.codePoints().anyMatch(c -> c >= 0xFF01 && c <= 0xFF5E)) {
			return "; it is written in full-width characters: switch the input method to half-width (ASCII)"; //$NON-NLS-1$
		}
		return ""; //$NON-NLS-1$
	}

	private static String expected(String antlrTokens) {
		return antlrTokens.replace("RULE_ID", "a name").replace("RULE_STRING", "a quoted text") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.replace("RULE_ISO_DATE", "a date (YYYY-MM-DD)").replace("RULE_INT", "a whole number") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.replace("RULE_DECIMAL_NUMBER", "a number").replace("RULE_PERCENT", "a percentage") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.replace("EOF", "the end of the file"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private String suggestion(String token) {
		String odd = oddCharacters(token);
		if (!odd.isEmpty()) {
			return odd;
		}
		if (token.isEmpty() || !Character.isLetter(token.charAt(0))) {
			return ""; //$NON-NLS-1$
		}
		if (keywords == null) {
			keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
		}
		List<String> words = keywords.stream().filter(k -> k.length() > 2 && Character.isLetter(k.charAt(0))).toList();
		return NameDistance.nearest(token, words).map(k -> "; did you mean '" + k + "'?").orElse(""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
