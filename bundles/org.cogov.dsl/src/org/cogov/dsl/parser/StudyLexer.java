/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.cogov.dsl.parser.antlr.internal.InternalCogovLexer;
import org.cogov.dsl.parser.antlr.internal.InternalCogovParser;

/**
 * The CoGov lexer. The tokens that make up nearly all of a study file — keywords and names, numbers, dates,
 * complete strings and comments, white space, braces and commas — are read here directly; anything else (an
 * unfinished string, a name with a hyphen that is no keyword, a character outside the language, an arrow) is left to
 * the lexer ANTLR generated from the grammar, at the same place, so the tokens and the errors stay exactly those of
 * the grammar. A token is only read here when the character after it cannot continue any token of the grammar.
 * <p>
 * Why: ANTLR's generated lexer chooses every token through prediction tables over some 400 keywords, which took a
 * fifth of the time of parsing a study; {@code StudyLexerTest} checks that both lexers cut every test input alike.
 */
public class StudyLexer extends InternalCogovLexer {

	/** What a scan returns when it leaves the token to the generated lexer. */
	private static final int LEFT = -1;

	/** The grammar's keywords spelt as words (letters, digits, underscores, hyphens), with their token types. */
	private static final KeywordTable WORDS = new KeywordTable(InternalCogovParser.tokenNames.length);

	/** The other keywords ({, }, ',', ->, ...), with their token types. */
	private static final Map<String, Integer> SYMBOL_TYPES = new HashMap<>();

	/** The other keywords by first character (ASCII), longest first. */
	private static final List<List<String>> SYMBOLS = new ArrayList<>(Collections.nCopies(128, List.of()));

	static {
		for (int type = 0; type < InternalCogovParser.tokenNames.length; type++) {
			String name = InternalCogovParser.tokenNames[type];
			if (name.length() > 2 && name.startsWith("'") && name.endsWith("'")) { //$NON-NLS-1$ //$NON-NLS-2$
				String keyword = name.substring(1, name.length() - 1);
				if (isWordStart(keyword.charAt(0)) && keyword.chars().allMatch(c -> isWordPart(c) || c == '-')) {
					WORDS.add(keyword, type);
				} else if (!isWordPart(keyword.charAt(0)) && keyword.charAt(0) < 128) {
					SYMBOL_TYPES.put(keyword, type);
					List<String> symbols = new ArrayList<>(SYMBOLS.get(keyword.charAt(0)));
					symbols.add(keyword);
					symbols.sort(Comparator.comparingInt(String::length).reversed());
					SYMBOLS.set(keyword.charAt(0), symbols);
				}
			}
		}
	}

	public StudyLexer() {
	}

	public StudyLexer(CharStream input) {
		super(input);
	}

	@Override
	public void mTokens() throws RecognitionException {
		int length = scan();
		if (length == LEFT) {
			readByGrammar();
			return;
		}
		for (int i = 0; i < length; i++) {
			input.consume();
		}
		state.channel = Token.DEFAULT_CHANNEL;
	}

	/** Reads the token at the current position with the lexer generated from the grammar. */
	protected void readByGrammar() throws RecognitionException {
		super.mTokens();
	}

	/** The length of the token at the current position, its type set in the lexer's state; or {@link #LEFT}. */
	private int scan() {
		int c = input.LA(1);
		if (isWordStart(c)) {
			return word();
		}
		if (c >= '0' && c <= '9') {
			return number();
		}
		switch (c) {
		case ' ', '\t', '\r', '\n' -> {
			int length = 1;
			while (isSpace(input.LA(length + 1))) {
				length++;
			}
			return token(RULE_WS, length);
		}
		case '"', '\'' -> {
			return string(c);
		}
		case '/' -> {
			return comment();
		}
		default -> {
			return symbol(c);
		}
		}
	}

	/**
	 * The longest keyword of other characters than letters and digits that the text goes on with. Such keywords
	 * begin with characters that begin no other token (the quotes and the slash are taken before).
	 */
	private int symbol(int c) {
		if (c > 0 && c < SYMBOLS.size()) {
			for (String symbol : SYMBOLS.get(c)) {
				if (lookingAt(symbol)) {
					return token(SYMBOL_TYPES.get(symbol), symbol.length());
				}
			}
		}
		return LEFT;
	}

	private boolean lookingAt(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (input.LA(i + 1) != text.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/** A name or a keyword; a run with hyphens must be a keyword. */
	private int word() {
		int length = 1;
		int hash = KeywordTable.hash(0, input.LA(1));
		boolean hyphenated = false;
		for (int c = input.LA(2); isWordPart(c) || c == '-'; c = input.LA(++length + 1)) {
			hyphenated |= c == '-';
			hash = KeywordTable.hash(hash, c);
		}
		if (!endsWord(input.LA(length + 1))) {
			return LEFT;
		}
		int keyword = WORDS.find(input, length, hash);
		if (keyword != 0) {
			return token(keyword, length);
		}
		return hyphenated ? LEFT : token(RULE_ID, length);
	}

	/** A whole number, a decimal number, a percentage or a date (YYYY-MM-DD). */
	private int number() {
		int digits = digits(1);
		int next = input.LA(digits + 1);
		if (next == '-') {
			boolean date = digits == 4 && digits(6) == 2 && input.LA(8) == '-' && digits(9) == 2;
			return date && endsWord(input.LA(11)) ? token(RULE_ISO_DATE, 10) : LEFT;
		}
		int length = digits;
		int type = RULE_INT;
		if (next == '.') {
			int fraction = digits(digits + 2);
			if (fraction == 0) {
				return LEFT;
			}
			length += 1 + fraction;
			type = RULE_DECIMAL_NUMBER;
		}
		if (input.LA(length + 1) == '%') {
			length++;
			type = RULE_PERCENT;
		}
		return endsWord(input.LA(length + 1)) ? token(type, length) : LEFT;
	}

	/** The number of ASCII digits from a lookahead position on. */
	private int digits(int from) {
		int count = 0;
		for (int c = input.LA(from); c >= '0' && c <= '9'; c = input.LA(from + ++count)) {
			// counted in the loop's step
		}
		return count;
	}

	/** A string in double or single quotes, with backslash escapes; an unfinished one is left. */
	private int string(int quote) {
		for (int at = 2;; at++) {
			int c = input.LA(at);
			if (c == CharStream.EOF) {
				return LEFT;
			}
			if (c == '\\') {
				if (input.LA(++at) == CharStream.EOF) {
					return LEFT;
				}
			} else if (c == quote) {
				return token(RULE_STRING, at);
			}
		}
	}

	/** A block comment up to its end, or a line comment with its line end; anything else is left. */
	private int comment() {
		if (input.LA(2) == '*') {
			for (int at = 3;; at++) {
				int c = input.LA(at);
				if (c == CharStream.EOF) {
					return LEFT;
				}
				if (c == '*' && input.LA(at + 1) == '/') {
					return token(RULE_ML_COMMENT, at + 1);
				}
			}
		}
		if (input.LA(2) != '/') {
			return LEFT;
		}
		for (int at = 3;; at++) {
			int c = input.LA(at);
			if (c == CharStream.EOF) {
				return token(RULE_SL_COMMENT, at - 1);
			}
			if (c == '\n') {
				return token(RULE_SL_COMMENT, at);
			}
			if (c == '\r') {
				return input.LA(at + 1) == '\n' ? token(RULE_SL_COMMENT, at + 1) : LEFT;
			}
		}
	}

	private int token(int type, int length) {
		state.type = type;
		return length;
	}

	/** Whether a character ends a name, keyword or number: no token of the grammar goes on with it. */
	private static boolean endsWord(int c) {
		return c == CharStream.EOF || isSpace(c) || c == ',' || c == '{' || c == '}' || c == '.' || c == ':';
	}

	private static boolean isSpace(int c) {
		return c == ' ' || c == '\t' || c == '\r' || c == '\n';
	}

	private static boolean isWordStart(int c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
	}

	private static boolean isWordPart(int c) {
		return isWordStart(c) || c >= '0' && c <= '9';
	}
}
