/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.ide.editing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Lexer;
import org.antlr.runtime.Token;
import org.cogov.model.CogovPackage;
import org.cogov.model.DecisionBody;
import org.cogov.model.Enterprise;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.NamedElement;
import org.cogov.model.OtherActor;
import org.cogov.model.Source;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;


/**
 * What to colour in CoGov text: lexical spans from the language's own lexer (keywords, enumeration words,
 * strings, comments, numbers and dates), and semantic spans from the linked model (declared names, and references
 * coloured by what they point to: department, enterprise, other actor, decision body, source).
 */
public final class Highlighting {

	/** A style an editor maps to a colour and font. */
	public enum Style {
		KEYWORD, VALUE_WORD, STRING, COMMENT, NUMBER, DECLARATION, DEPARTMENT, ENTERPRISE, OTHER_ACTOR, BODY, SOURCE, REFERENCE
	}

	/** Characters {@code offset .. offset+length} take {@code style}. */
	public record Span(int offset, int length, Style style) {
	}

	private Highlighting() {
	}

	/** Lexical spans of the whole text (fast: no parsing). */
	public static List<Span> lexical(Injector injector, String text) {
		Map<Integer, String> names = injector.getInstance(ITokenDefProvider.class).getTokenDefMap();
		Set<String> valueWords = valueWords(injector);
		Lexer lexer = injector.getInstance(org.eclipse.xtext.parser.antlr.Lexer.class);
		lexer.setCharStream(new ANTLRStringStream(text));
		List<Span> spans = new ArrayList<>();
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			String name = names.get(token.getType());
			Style style = style(name, valueWords);
			if (style != null && token instanceof CommonToken common) {
				int start = common.getStartIndex();
				int length = common.getStopIndex() - start + 1;
				if (length > 0) {
					spans.add(new Span(start, length, style));
				}
			}
		}
		return spans;
	}

	private static Style style(String tokenName, Set<String> valueWords) {
		if (tokenName == null) {
			return null;
		}
		if (tokenName.startsWith("'")) { //$NON-NLS-1$
			String word = tokenName.substring(1, tokenName.length() - 1);
			if (!Character.isLetter(word.charAt(0))) {
				return null; // punctuation
			}
			return valueWords.contains(word) ? Style.VALUE_WORD : Style.KEYWORD;
		}
		return switch (tokenName) {
		case "RULE_STRING" -> Style.STRING; //$NON-NLS-1$
		case "RULE_SL_COMMENT", "RULE_ML_COMMENT" -> Style.COMMENT; //$NON-NLS-1$ //$NON-NLS-2$
		case "RULE_INT", "RULE_ISO_DATE", "RULE_PERCENT", "RULE_DECIMAL_NUMBER" -> Style.NUMBER; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		default -> null;
		};
	}

	/** The words of the grammar's enumerations (data-authority, smoking-gun, ...). */
	private static Set<String> valueWords(Injector injector) {
		Set<String> words = new HashSet<>();
		for (EnumRule rule : GrammarUtil.allEnumRules(injector.getInstance(IGrammarAccess.class).getGrammar())) {
			for (org.eclipse.xtext.Keyword keyword : GrammarUtil.containedKeywords(rule)) {
				words.add(keyword.getValue());
			}
		}
		return words;
	}

	/** Semantic spans of the parsed document: declared names and references by the kind of their target. */
	public static List<Span> semantic(StudyDocument document) {
		synchronized (document.lock()) {
			XtextResource resource = document.resource();
			List<Span> spans = new ArrayList<>();
			if (resource == null || resource.getContents().isEmpty()) {
				return spans;
			}
			for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
				EObject element = it.next();
				if (element instanceof NamedElement) {
					for (INode node : NodeModelUtils.findNodesForFeature(element, CogovPackage.Literals.NAMED_ELEMENT__NAME)) {
						spans.add(new Span(node.getOffset(), node.getLength(), Style.DECLARATION));
					}
				}
				for (EReference reference : element.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer()) {
						continue;
					}
					List<INode> nodes = NodeModelUtils.findNodesForFeature(element, reference);
					List<?> targets = reference.isMany() ? (List<?>) element.eGet(reference, false) : null;
					for (int i = 0; i < nodes.size(); i++) {
						Object target = targets != null ? (i < targets.size() ? targets.get(i) : null) : element.eGet(reference, false);
						INode node = nodes.get(i);
						spans.add(new Span(node.getOffset(), node.getLength(), styleOf(target)));
					}
				}
			}
			return spans;
		}
	}

	private static Style styleOf(Object target) {
		if (target instanceof EObject object && object.eIsProxy()) {
			return Style.REFERENCE;
		}
		if (target instanceof GovernmentDepartment) {
			return Style.DEPARTMENT;
		}
		if (target instanceof Enterprise) {
			return Style.ENTERPRISE;
		}
		if (target instanceof OtherActor) {
			return Style.OTHER_ACTOR;
		}
		if (target instanceof DecisionBody) {
			return Style.BODY;
		}
		if (target instanceof Source) {
			return Style.SOURCE;
		}
		return Style.REFERENCE;
	}
}
