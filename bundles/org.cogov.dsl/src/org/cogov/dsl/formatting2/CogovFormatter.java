/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.formatting2;

import org.cogov.model.AssetShare;
import org.cogov.model.Membership;
import org.cogov.model.PlatformCase;
import org.cogov.model.Study;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.xbase.lib.Pair;

/**
 * The layout of CoGov text: one statement per line, blocks indented by a tab, one space between the words of a
 * statement, none before ',' and ':', a blank line between cases, and at most one blank line kept elsewhere.
 * The grammar's statements are uniform (keyword, name, clauses, optional block), so one generic rule formats
 * them all; only the inline parts of a statement (members, ownership shares) are exceptions.
 */
public class CogovFormatter extends AbstractJavaFormatter {

	protected void format(Study study, IFormattableDocument doc) {
		ISemanticRegion keyword = regionFor(study).keyword("study"); //$NON-NLS-1$
		doc.prepend(keyword, it -> { it.setNewLines(0, 0, 2); it.noSpace(); });
		for (ISemanticRegion sources : regionFor(study).keywords("sources")) { //$NON-NLS-1$
			doc.prepend(sources, it -> it.setNewLines(2));
		}
		for (PlatformCase platformCase : study.getCases()) {
			doc.prepend(platformCase, it -> it.setNewLines(2));
		}
		formatStatement(study, doc);
		doc.append(study, it -> it.setNewLines(1));
	}

	/** Every other element is a statement, or an inline part of one (replaces the default of formatting children only). */
	@Override
	protected void _format(EObject element, IFormattableDocument doc) {
		formatStatement(element, doc);
	}

	private void formatStatement(EObject element, IFormattableDocument doc) {
		// words of a statement: one space, unless a rule below asks for more (low priority gives way)
		for (ISemanticRegion region : semanticRegions(element)) {
			String text = region.getText();
			if (",".equals(text) || ":".equals(text)) { //$NON-NLS-1$ //$NON-NLS-2$
				doc.prepend(region, it -> it.noSpace());
				doc.append(region, it -> { it.oneSpace(); it.lowPriority(); });
			} else {
				doc.surround(region, it -> { it.oneSpace(); it.lowPriority(); });
			}
		}
		for (Pair<ISemanticRegion, ISemanticRegion> block : regionFor(element).keywordPairs("{", "}")) { //$NON-NLS-1$ //$NON-NLS-2$
			ISemanticRegion open = block.getKey();
			ISemanticRegion close = block.getValue();
			doc.prepend(open, it -> it.oneSpace());
			if (open.getNextSemanticRegion() != close) {
				doc.append(open, it -> it.newLine());
			}
			doc.prepend(close, it -> it.newLine());
			doc.interior(open, close, it -> it.indent());
		}
		for (EObject child : element.eContents()) {
			if (isStatement(child) && !(child instanceof PlatformCase) && !firstInBlock(child)) {
				doc.prepend(child, it -> it.setNewLines(1, 1, 2)); // keeps one blank line a modeler left
			}
			doc.format(child);
		}
	}

	/** The first statement of a block starts on the line after its '{' (set by the block rule). */
	private boolean firstInBlock(EObject child) {
		ISemanticRegion previous = regionForEObject(child).getPreviousSemanticRegion();
		return previous != null && "{".equals(previous.getText()); //$NON-NLS-1$
	}

	private static boolean isStatement(EObject element) {
		return !(element instanceof Membership || element instanceof AssetShare);
	}
}
