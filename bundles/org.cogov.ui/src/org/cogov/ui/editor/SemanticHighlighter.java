/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.editor;

import java.util.List;

import org.cogov.dsl.ide.editing.Highlighting;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Display;

/**
 * Colours names by what they denote (departments, enterprises, bodies, sources, declarations) on top of the
 * lexical colours, using the spans of the last reconcile.
 */
final class SemanticHighlighter implements ITextPresentationListener {

	private final ITextViewer viewer;
	private volatile List<Highlighting.Span> spans = List.of();

	SemanticHighlighter(ITextViewer viewer) {
		this.viewer = viewer;
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.addTextPresentationListener(this);
		}
	}

	void update(List<Highlighting.Span> newSpans) {
		spans = newSpans;
		Display display = viewer.getTextWidget() == null ? null : viewer.getTextWidget().getDisplay();
		if (display != null && !display.isDisposed()) {
			display.asyncExec(() -> {
				if (viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
					viewer.invalidateTextPresentation();
				}
			});
		}
	}

	void dispose() {
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.removeTextPresentationListener(this);
		}
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		int length = viewer.getDocument() == null ? 0 : viewer.getDocument().getLength();
		int start = presentation.getExtent().getOffset();
		int end = start + presentation.getExtent().getLength();
		for (Highlighting.Span span : spans) {
			if (span.offset() + span.length() <= start || span.offset() >= end || span.offset() + span.length() > length) {
				continue;
			}
			TextAttribute attribute = StudyColors.of(span.style());
			StyleRange range = new StyleRange(span.offset(), span.length(), attribute.getForeground(), null, attribute.getStyle());
			presentation.mergeStyleRange(range);
		}
	}
}
