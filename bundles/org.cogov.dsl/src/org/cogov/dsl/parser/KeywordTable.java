/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.parser;

import org.antlr.runtime.CharStream;

/**
 * The grammar's keywords, found by the characters ahead in the text without making a string of them: a word of a
 * study file is looked up here once per token, and making and hashing a string for each took more time than
 * reading the word. Open addressing over a table at most a quarter full.
 */
final class KeywordTable {

	private final char[][] keywords;
	private final int[] types;
	private final int mask;

	KeywordTable(int expectedKeywords) {
		int capacity = Integer.highestOneBit(Math.max(16, expectedKeywords * 4) - 1) << 1;
		keywords = new char[capacity][];
		types = new int[capacity];
		mask = capacity - 1;
	}

	/** The hash of a word so far, extended by its next character. */
	static int hash(int hash, int c) {
		return 31 * hash + c;
	}

	void add(String keyword, int type) {
		int hash = 0;
		for (int i = 0; i < keyword.length(); i++) {
			hash = hash(hash, keyword.charAt(i));
		}
		int slot = hash & mask;
		while (keywords[slot] != null) {
			slot = (slot + 1) & mask;
		}
		keywords[slot] = keyword.toCharArray();
		types[slot] = type;
	}

	/** The token type of the keyword that the next {@code length} characters spell, or 0 if they spell none. */
	int find(CharStream input, int length, int hash) {
		for (int slot = hash & mask; keywords[slot] != null; slot = (slot + 1) & mask) {
			if (spells(input, keywords[slot], length)) {
				return types[slot];
			}
		}
		return 0;
	}

	private static boolean spells(CharStream input, char[] keyword, int length) {
		if (keyword.length != length) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			if (input.LA(i + 1) != keyword[i]) {
				return false;
			}
		}
		return true;
	}
}
