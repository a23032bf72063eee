/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.ide.editing;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Where things are in the text of an element, for quick fixes that insert or replace words. */
final class TextPlaces {

	private TextPlaces() {
	}

	/** The end of the last text of any of the features, or -1 when none is written. */
	static int endOf(EObject element, EStructuralFeature... features) {
		int end = -1;
		for (EStructuralFeature feature : features) {
			for (INode node : NodeModelUtils.findNodesForFeature(element, feature)) {
				end = Math.max(end, node.getEndOffset());
			}
		}
		return end;
	}

	/** The text nodes of one feature. */
	static List<INode> nodes(EObject element, EStructuralFeature feature) {
		return NodeModelUtils.findNodesForFeature(element, feature);
	}

	/** The first '{' of the element's own text, or null. */
	static ILeafNode openingBrace(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return null;
		}
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.getGrammarElement() instanceof Keyword keyword && "{".equals(keyword.getValue())) { //$NON-NLS-1$
				return leaf;
			}
		}
		return null;
	}

	/** The end of the element's whole text. */
	static int end(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? -1 : node.getEndOffset();
	}

	/** The indentation of the line the element starts on. */
	static String indentation(String text, EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return ""; //$NON-NLS-1$
		}
		int lineStart = text.lastIndexOf('\n', Math.max(0, node.getOffset() - 1)) + 1;
		int i = lineStart;
		while (i < text.length() && (text.charAt(i) == '\t' || text.charAt(i) == ' ')) {
			i++;
		}
		return text.substring(lineStart, i);
	}
}
