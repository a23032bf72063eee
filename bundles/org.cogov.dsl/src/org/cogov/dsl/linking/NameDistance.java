/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.linking;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Spelling distance between names, for "did you mean ...?" in error messages. */
public final class NameDistance {

	private NameDistance() {
	}

	/** Levenshtein distance, ignoring case. */
	public static int between(String a, String b) {
		String x = a.toLowerCase();
		String y = b.toLowerCase();
		int[] previous = new int[y.length() + 1];
		int[] current = new int[y.length() + 1];
		for (int j = 0; j <= y.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= x.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= y.length(); j++) {
				int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[y.length()];
	}

	/** The candidate closest to the text, if it is close enough to be a likely misspelling. */
	public static Optional<String> nearest(String text, Collection<String> candidates) {
		int tolerance = Math.max(1, text.length() / 3);
		return candidates.stream().filter(c -> !c.equals(text)).filter(c -> between(c, text) <= tolerance)
				.min(Comparator.comparingInt(c -> between(c, text)));
	}
}
