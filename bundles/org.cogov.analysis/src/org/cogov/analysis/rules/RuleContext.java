/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cogov.analysis.classification.Classification;
import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.analysis.classification.StructureClassifier;
import org.cogov.analysis.shares.DecisionShares;
import org.cogov.model.NamedElement;
import org.cogov.model.StructurePhase;
import org.cogov.model.resource.ElementPath;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** What a rule needs while it checks one element: settings, parameters, cached analyses and a way to report. */
final class RuleContext {

	private final DiagnosticChain diagnostics;
	private final RuleSettings settings;
	private final ClassificationParameters parameters;
	private final Locale locale;
	private final Map<StructurePhase, Classification> classifications;
	private final Map<EObject, Map<String, NamedElement>> namesByContainer;
	private boolean valid = true;

	RuleContext(DiagnosticChain diagnostics, RuleSettings settings, ClassificationParameters parameters, Locale locale,
			Map<StructurePhase, Classification> classifications, Map<EObject, Map<String, NamedElement>> namesByContainer) {
		this.diagnostics = diagnostics;
		this.settings = settings;
		this.parameters = parameters;
		this.locale = locale;
		this.classifications = classifications;
		this.namesByContainer = namesByContainer;
	}

	/** Whether the rule runs in this study; expensive rules ask before computing. */
	boolean enabled(Rule rule) {
		return settings.isEnabled(rule);
	}

	/** Reports a finding with the rule's plain message. */
	void report(Rule rule, EObject target, EStructuralFeature feature, Object[] arguments, EObject... related) {
		reportVariant(rule, null, target, feature, arguments, related);
	}

	/** Reports a finding with a variant of the rule's message ({@code <key>.message.<variant>}). */
	void reportVariant(Rule rule, String variant, EObject target, EStructuralFeature feature, Object[] arguments,
			EObject... related) {
		int severity = settings.levelOf(rule).severity();
		if (severity < 0) {
			return;
		}
		if (severity == Diagnostic.ERROR) {
			valid = false;
		}
		if (diagnostics == null) {
			return; // the caller only asks whether the element is valid
		}
		for (EObject element : related) {
			if (element != null && element.eIsProxy()) {
				return; // a name that did not resolve: the linker reports it, a rule would only repeat it in worse words
			}
		}
		List<Object> data = new ArrayList<>();
		data.add(target);
		if (feature != null) {
			data.add(feature);
		}
		for (EObject element : related) {
			if (element != null && element != target) {
				data.add(element);
			}
		}
		String message = RuleMessages.message(rule, variant, locale, arguments);
		diagnostics.add(new RuleDiagnostic(rule, severity, message, data.toArray()));
	}

	/** No error was reported. */
	boolean isValid() {
		return valid;
	}

	/** The classification parameters of the study. */
	ClassificationParameters parameters() {
		return parameters;
	}

	/** The classification of a phase, computed once per validation run. */
	Classification classification(StructurePhase phase) {
		return classifications.computeIfAbsent(phase, p -> StructureClassifier.classify(p, parameters));
	}

	/**
	 * The first named child of each name in a container, found once per validation run: COGOV-E17 asks for every
	 * child, and comparing each child with its earlier siblings costs children squared in a sources file of
	 * thousands of sources.
	 */
	Map<String, NamedElement> firstChildByName(EObject container) {
		return namesByContainer.computeIfAbsent(container, c -> {
			Map<String, NamedElement> first = new HashMap<>();
			for (EObject child : c.eContents()) {
				if (child instanceof NamedElement named && named.getName() != null) {
					first.putIfAbsent(named.getName(), named);
				}
			}
			return first;
		});
	}

	/** The decision shares of a phase, from the cached classification. */
	DecisionShares shares(StructurePhase phase) {
		return classification(phase).explanation().features().shares();
	}

	/** A word from the message bundle in the language of the messages, e.g. "side.GOVERNMENT". */
	String word(String key) {
		return RuleMessages.format(locale, key);
	}

	/** The names of elements joined by commas: "DA, CSOE". */
	static String names(List<? extends EObject> elements) {
		StringBuilder text = new StringBuilder();
		for (EObject element : elements) {
			text.append(text.length() == 0 ? "" : ", ") //$NON-NLS-1$ //$NON-NLS-2$
					.append(element instanceof NamedElement named && named.getName() != null ? named.getName() : name(element));
		}
		return text.toString();
	}

	/** "responsibility 'R1' in phase 'P2' of case 'CountyA'". */
	static String describe(EObject element) {
		return ElementPath.describe(element);
	}

	/** "enterprise 'TF'". */
	static String name(EObject element) {
		return element == null ? "?" : ElementPath.name(element); //$NON-NLS-1$
	}

	/** A number with two decimals, independent of the locale. */
	static String number(double value) {
		return String.format(Locale.ROOT, "%.2f", value); //$NON-NLS-1$
	}

	/** A share as a whole percentage. */
	static String percent(double value) {
		return Math.round(value * 100) + "%"; //$NON-NLS-1$
	}
}
