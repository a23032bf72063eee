/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.ide.drawing;

import org.cogov.dsl.ide.drawing.TextChange.TextEdit;
import org.cogov.model.AssetShare;
import org.cogov.model.Membership;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Deleting a statement by its lines. Xtext's serializer deletes an element together with the whitespace and
 * comments around it, merged: a comment line above the statement went with it, and a comment trailing the
 * statement could join the next statement to the previous line. Here a statement written on lines of its own is
 * deleted with those whole lines and the comment trailing its last line; comments on lines of their own stay.
 */
final class StatementLines {

	private StatementLines() {
	}

	/** Written as a statement of its own (the inline parts of a statement are rewritten with it instead). */
	static boolean isStatement(EObject element) {
		return !(element instanceof Membership || element instanceof AssetShare) && NodeModelUtils.findActualNodeFor(element) != null;
	}

	/** The edit that deletes the statement from the text it was parsed from. */
	static TextEdit deletion(String text, EObject statement) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(statement);
		int start = node.getOffset();
		int end = node.getEndOffset();
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		int lineEnd = text.indexOf('\n', end);
		if (lineEnd < 0) {
			lineEnd = text.length();
		}
		String rest = text.substring(end, lineEnd).strip();
		boolean startsLine = text.substring(lineStart, start).isBlank();
		boolean endsLine = rest.isEmpty() || rest.startsWith("//"); //$NON-NLS-1$
		if (startsLine && endsLine) {
			// whole lines with the line break after them (or before them, on the last line of the file)
			int from = lineEnd < text.length() || lineStart == 0 ? lineStart : lineStart - 1;
			int to = lineEnd < text.length() ? lineEnd + 1 : lineEnd;
			if (from > 0 && text.charAt(from - 1) == '\r' && to == lineEnd) {
				from--;
			}
			return edit(text, from, to);
		}
		if (endsLine) { // other statements before it on the line: take the space before it
			int from = start;
			while (from > lineStart && (text.charAt(from - 1) == ' ' || text.charAt(from - 1) == '\t')) {
				from--;
			}
			return edit(text, from, end);
		}
		int to = end; // more follows on the line: take the space after it
		while (to < lineEnd && (text.charAt(to) == ' ' || text.charAt(to) == '\t')) {
			to++;
		}
		return edit(text, start, to);
	}

	private static TextEdit edit(String text, int from, int to) {
		return new TextEdit(from, to - from, "", text.substring(from, to)); //$NON-NLS-1$
	}
}
