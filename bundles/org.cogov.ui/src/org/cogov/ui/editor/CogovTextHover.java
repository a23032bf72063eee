/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.editor;

import org.cogov.dsl.ide.editing.Navigation;
import org.cogov.dsl.ide.editing.StudyDocument;
import org.cogov.ui.CogovUiPlugin;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;

/** Hover over a name: what it is, its label, where it sits, its note and what its kind means. */
public class CogovTextHover implements ITextHover {

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		StudyDocument document = CogovUiPlugin.get().documents().forDocument(viewer.getDocument());
		if (document == null || document.resource() == null) {
			return null;
		}
		String markdown = Navigation.hover(document, region.getOffset());
		// the hover shows plain text: drop the Markdown emphasis marks of the shared documentation
		return markdown == null ? null : markdown.replace("**", "").replaceAll("(?m)^_(.*)_$", "$1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		String text = viewer.getDocument().get();
		int start = offset;
		int end = offset;
		while (start > 0 && isNamePart(text.charAt(start - 1))) {
			start--;
		}
		while (end < text.length() && isNamePart(text.charAt(end))) {
			end++;
		}
		return new Region(start, Math.max(0, end - start));
	}

	private static boolean isNamePart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '.';
	}
}
