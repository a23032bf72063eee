/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.analysis.rules.CogovRules;
import org.cogov.analysis.rules.Rule;
import org.cogov.analysis.rules.RuleDiagnostic;
import org.cogov.analysis.rules.RuleSettings;
import org.cogov.model.CogovPackage;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

/**
 * Runs the CoGov rules over a model the way an editor does (an EMF Diagnostician, our validator for the CoGov
 * package, defaults unless the context says otherwise) and asserts on the findings.
 */
public final class RuleFindings {

	private RuleFindings() {
	}

	/** The whole diagnostic of a model under the given context entries (null for defaults). */
	public static Diagnostic validate(EObject root, Map<Object, Object> extra) {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(CogovPackage.eINSTANCE, CogovRules.validator());
		Diagnostician diagnostician = new Diagnostician(registry);
		Map<Object, Object> context = diagnostician.createDefaultContext();
		context.put(RuleSettings.CONTEXT_KEY, RuleSettings.defaults());
		context.put(ClassificationParameters.CONTEXT_KEY, ClassificationParameters.defaults());
		if (extra != null) {
			context.putAll(extra);
		}
		BasicDiagnostic diagnostic = diagnostician.createDefaultDiagnostic(root);
		diagnostician.validate(root, diagnostic, context);
		return diagnostic;
	}

	/** The rule findings of a model under the defaults. */
	public static List<RuleDiagnostic> of(EObject root) {
		return of(root, null);
	}

	/** The rule findings of a model under extra context entries. */
	public static List<RuleDiagnostic> of(EObject root, Map<Object, Object> extra) {
		List<RuleDiagnostic> findings = new ArrayList<>();
		collect(validate(root, extra), findings);
		return findings;
	}

	private static void collect(Diagnostic diagnostic, List<RuleDiagnostic> findings) {
		if (diagnostic instanceof RuleDiagnostic finding) {
			findings.add(finding);
		}
		diagnostic.getChildren().forEach(child -> collect(child, findings));
	}

	/** A context map with one entry, for {@link #of(EObject, Map)}. */
	public static Map<Object, Object> context(Object key, Object value) {
		Map<Object, Object> context = new HashMap<>();
		context.put(key, value);
		return context;
	}

	/** The findings of a rule on an element. */
	public static List<RuleDiagnostic> on(List<RuleDiagnostic> findings, Rule rule, EObject target) {
		return findings.stream().filter(f -> f.getRule() == rule && f.getTarget() == target).toList();
	}

	/** The IDs of the rules that reported on an element. */
	public static Set<String> rulesOn(List<RuleDiagnostic> findings, EObject target) {
		return findings.stream().filter(f -> f.getTarget() == target).map(RuleDiagnostic::getRuleId)
				.collect(Collectors.toCollection(TreeSet::new));
	}

	/** The rule reports on the element, and no other rule does; returns the rule's findings there. */
	public static List<RuleDiagnostic> assertFlaggedOnly(EObject root, Rule rule, EObject target) {
		return assertFlaggedOnly(root, rule, target, null);
	}

	/** As {@link #assertFlaggedOnly(EObject, Rule, EObject)} under extra context entries. */
	public static List<RuleDiagnostic> assertFlaggedOnly(EObject root, Rule rule, EObject target, Map<Object, Object> extra) {
		List<RuleDiagnostic> findings = of(root, extra);
		List<RuleDiagnostic> hits = on(findings, rule, target);
		if (hits.isEmpty()) {
			fail(rule + " expected on " + target + " but the findings are " + messages(findings));
		}
		assertEquals("rules reporting on the element", Set.of(rule.getId()), rulesOn(findings, target));
		hits.forEach(hit -> assertTrue(hit.getMessage(), hit.getMessage().startsWith(rule.getId() + " ")));
		return hits;
	}

	/** The rule reports nowhere in the model. */
	public static void assertNotFlagged(EObject root, Rule rule) {
		assertNotFlagged(root, rule, null);
	}

	/** As {@link #assertNotFlagged(EObject, Rule)} under extra context entries. */
	public static void assertNotFlagged(EObject root, Rule rule, Map<Object, Object> extra) {
		List<RuleDiagnostic> hits = of(root, extra).stream().filter(f -> f.getRule() == rule).toList();
		assertTrue(rule + " not expected but found " + messages(hits), hits.isEmpty());
	}

	public static String messages(List<RuleDiagnostic> findings) {
		return findings.stream().map(Diagnostic::getMessage).collect(Collectors.joining("\n  ", "\n  ", ""));
	}
}
