/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.editor;

import org.cogov.dsl.ide.editing.Navigation;
import org.cogov.dsl.ide.editing.StudyDocument;
import org.cogov.ui.CogovUiPlugin;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;

/** Go to definition: Ctrl+click (or F3) on a name opens the element's declaration, also in another file. */
public class CogovHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		StudyDocument document = CogovUiPlugin.get().documents().forDocument(viewer.getDocument());
		if (document == null || document.resource() == null) {
			return null;
		}
		Navigation.Location target = Navigation.definition(document, region.getOffset());
		if (target == null) {
			return null;
		}
		IRegion word = new CogovTextHover().getHoverRegion(viewer, region.getOffset());
		return new IHyperlink[] { new DeclarationLink(word, target) };
	}

	/** Opens the file of a declaration and selects its name. */
	static final class DeclarationLink implements IHyperlink {
		private final IRegion region;
		private final Navigation.Location target;

		DeclarationLink(IRegion region, Navigation.Location target) {
			this.region = region;
			this.target = target;
		}

		@Override
		public IRegion getHyperlinkRegion() {
			return region;
		}

		@Override
		public String getTypeLabel() {
			return null;
		}

		@Override
		public String getHyperlinkText() {
			return Messages.Editor_openDeclaration;
		}

		@Override
		public void open() {
			SourceReveal.reveal(target, true);
		}
	}
}
