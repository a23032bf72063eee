/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.ide.drawing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cogov.dsl.ide.drawing.TextChange.TextEdit;

/**
 * The smallest edits that turn a file's text into the text a set of replacements gives. Xtext rewrites a whole
 * element when it cannot change a part of it (a body's member list, a case whose new statement has no sibling to
 * sit by); the rewrite keeps the element's layout and comments, so the text that really changes is small. Small
 * edits keep the rest of the editor's document untouched: its markers, folding, and a readable undo.
 */
final class MinimalEdits {

	/** Lines compared pairwise to split one rewrite into several edits; beyond, one edit covers the changed span. */
	private static final long MOST_LINE_PAIRS = 4_000_000L;

	private MinimalEdits() {
	}

	/** Replacements (not overlapping) of {@code base} as minimal edits, sorted, written with the file's line breaks. */
	static List<TextEdit> of(String base, List<TextEdit> replacements) {
		List<TextEdit> sorted = new ArrayList<>(replacements);
		sorted.sort(Comparator.comparingInt(TextEdit::offset).thenComparingInt(TextEdit::length));
		boolean crlf = base.contains("\r\n"); //$NON-NLS-1$
		List<TextEdit> result = new ArrayList<>();
		int i = 0;
		while (i < sorted.size()) {
			// the replacements on a run of lines form one window, so the diff below compares whole lines
			int from = base.lastIndexOf('\n', sorted.get(i).offset() - 1) + 1;
			int to = lineEnd(base, sorted.get(i).offset() + sorted.get(i).length());
			int cursor = from;
			StringBuilder after = new StringBuilder();
			while (i < sorted.size() && sorted.get(i).offset() < to) {
				TextEdit edit = sorted.get(i++);
				if (edit.offset() < cursor) {
					throw new IllegalStateException("overlapping edits at " + edit.offset()); //$NON-NLS-1$
				}
				after.append(base, cursor, edit.offset()).append(crlf ? withCrlf(edit.text()) : edit.text());
				cursor = edit.offset() + edit.length();
				to = Math.max(to, lineEnd(base, cursor));
			}
			diff(base, from, after.append(base, cursor, to).toString(), to, result);
		}
		for (int k = 0; k < result.size(); k++) {
			int low = k == 0 ? 0 : result.get(k - 1).offset() + result.get(k - 1).length();
			int high = k == result.size() - 1 ? base.length() : result.get(k + 1).offset();
			result.set(k, wholeLines(base, result.get(k), low, high));
		}
		return result;
	}

	/** The offset after the line break that ends the line holding {@code offset}, or the end of the text. */
	private static int lineEnd(String base, int offset) {
		int end = base.indexOf('\n', offset);
		return end < 0 ? base.length() : end + 1;
	}

	/** The edits turning base[from, to) into {@code after}: one per run of changed lines, each trimmed to its characters. */
	private static void diff(String base, int from, String after, int to, List<TextEdit> result) {
		String before = base.substring(from, to);
		String[] old = before.split("(?<=\n)", -1); //$NON-NLS-1$
		String[] now = after.split("(?<=\n)", -1); //$NON-NLS-1$
		if ((long) old.length * now.length > MOST_LINE_PAIRS) {
			trimmed(base, from, before, after, result);
			return;
		}
		// longest common subsequence of lines, then every gap between common lines is one edit
		int[][] common = new int[old.length + 1][now.length + 1];
		for (int a = old.length - 1; a >= 0; a--) {
			for (int b = now.length - 1; b >= 0; b--) {
				common[a][b] = old[a].equals(now[b]) ? common[a + 1][b + 1] + 1 : Math.max(common[a + 1][b], common[a][b + 1]);
			}
		}
		int a = 0;
		int b = 0;
		int offset = from;
		while (a < old.length || b < now.length) {
			if (a < old.length && b < now.length && old[a].equals(now[b])) {
				offset += old[a++].length();
				b++;
				continue;
			}
			int gapStart = offset;
			List<String> oldGap = new ArrayList<>();
			List<String> newGap = new ArrayList<>();
			while (a < old.length || b < now.length) {
				if (a < old.length && b < now.length && old[a].equals(now[b])) {
					break;
				}
				if (b >= now.length || a < old.length && common[a + 1][b] >= common[a][b + 1]) {
					oldGap.add(old[a]);
					offset += old[a++].length();
				} else {
					newGap.add(now[b++]);
				}
			}
			if (oldGap.size() == newGap.size()) {
				// as many lines as before, each changed in place: one edit per line reads best
				for (int line = 0, at = gapStart; line < oldGap.size(); at += oldGap.get(line++).length()) {
					trimmed(base, at, oldGap.get(line), newGap.get(line), result);
				}
			} else {
				trimmed(base, gapStart, String.join("", oldGap), String.join("", newGap), result); //$NON-NLS-1$
			}
		}
	}

	/** One edit from {@code before} to {@code after} at {@code from}, without their common start and end. */
	private static void trimmed(String base, int from, String before, String after, List<TextEdit> result) {
		int prefix = 0;
		int most = Math.min(before.length(), after.length());
		while (prefix < most && before.charAt(prefix) == after.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < most - prefix
				&& before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
			suffix++;
		}
		// whole words: a rename replaces "JM" with "JointBoard", not "M" with "ointBoard"
		while (prefix > 0 && isWordChar(before.charAt(prefix - 1)) && (isWordChar(before, prefix) || isWordChar(after, prefix))) {
			prefix--;
		}
		while (suffix > 0 && isWordChar(before.charAt(before.length() - suffix))
				&& (isWordChar(before, before.length() - suffix - 1) || isWordChar(after, after.length() - suffix - 1))) {
			suffix--;
		}
		if (prefix + suffix == before.length() && prefix + suffix == after.length()) {
			return;
		}
		int offset = from + prefix;
		int length = before.length() - prefix - suffix;
		result.add(new TextEdit(offset, length, after.substring(prefix, after.length() - suffix), base.substring(offset, offset + length)));
	}

	/**
	 * An insertion or deletion can sit at several places that give the same text ("\n\tlink X" after a line or
	 * "\tlink X\n" at the start of the next); the one that covers whole lines reads best in an editor's undo.
	 */
	private static TextEdit wholeLines(String base, TextEdit edit, int low, int high) {
		boolean insertion = edit.length() == 0 && !edit.text().isEmpty();
		boolean deletion = edit.text().isEmpty() && edit.length() > 0;
		if (!insertion && !deletion) {
			return edit;
		}
		String moved = insertion ? edit.text() : edit.replaced();
		int offset = edit.offset();
		// slide left as far as the text allows, then right, looking for a place at a line start
		while (offset > low && base.charAt(offset - 1) == moved.charAt(moved.length() - 1)) {
			moved = base.charAt(offset - 1) + moved.substring(0, moved.length() - 1);
			offset--;
		}
		int limit = high - (deletion ? moved.length() : 0);
		while (true) {
			if ((offset == 0 || base.charAt(offset - 1) == '\n') && moved.endsWith("\n")) { //$NON-NLS-1$
				return insertion ? new TextEdit(offset, 0, moved, "") : new TextEdit(offset, moved.length(), "", moved); //$NON-NLS-1$ //$NON-NLS-2$
			}
			int next = deletion ? offset + moved.length() : offset;
			if (offset >= limit || next >= base.length() || base.charAt(next) != moved.charAt(0)) {
				return edit;
			}
			moved = moved.substring(1) + base.charAt(next);
			offset++;
		}
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_';
	}

	private static boolean isWordChar(String text, int index) {
		return index >= 0 && index < text.length() && isWordChar(text.charAt(index));
	}

	private static String withCrlf(String text) {
		return text.replace("\r\n", "\n").replace("\n", "\r\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
