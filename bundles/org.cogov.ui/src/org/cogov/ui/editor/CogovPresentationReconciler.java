/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.editor;

import java.util.List;

import org.cogov.dsl.ide.editing.Highlighting;
import org.cogov.ui.CogovUiPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;

/** Lexical colours of CoGov text, from the language's own lexer (so keywords are exactly the grammar's). */
public class CogovPresentationReconciler extends PresentationReconciler {

	public CogovPresentationReconciler() {
		DefaultDamagerRepairer damagerRepairer = new DefaultDamagerRepairer(new LexicalScanner());
		setDamager(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
	}

	/** Tokens of a range, from spans of the whole text (cached while the text is unchanged). */
	private static final class LexicalScanner implements ITokenScanner {

		private String text;
		private List<Highlighting.Span> spans = List.of();
		private int end;
		private int position;
		private int index;
		private int tokenOffset;
		private int tokenLength;

		@Override
		public void setRange(IDocument document, int offset, int length) {
			String current = document.get();
			if (!current.equals(text)) {
				text = current;
				spans = Highlighting.lexical(CogovUiPlugin.get().injector(), current);
			}
			position = offset;
			end = offset + length;
			index = 0;
			while (index < spans.size() && spans.get(index).offset() + spans.get(index).length() <= offset) {
				index++;
			}
		}

		@Override
		public IToken nextToken() {
			if (position >= end) {
				return Token.EOF;
			}
			tokenOffset = position;
			if (index < spans.size() && spans.get(index).offset() <= position) {
				Highlighting.Span span = spans.get(index++);
				int stop = Math.min(end, span.offset() + span.length());
				tokenLength = stop - position;
				position = stop;
				TextAttribute attribute = StudyColors.of(span.style());
				return new Token(attribute);
			}
			int next = index < spans.size() ? Math.min(end, spans.get(index).offset()) : end;
			tokenLength = next - position;
			position = next;
			return Token.UNDEFINED;
		}

		@Override
		public int getTokenOffset() {
			return tokenOffset;
		}

		@Override
		public int getTokenLength() {
			return tokenLength;
		}
	}
}
