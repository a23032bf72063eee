/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A finding of one rule. Source {@value CogovRulesValidator#SOURCE}, code {@link Rule#getCode()}, message starting
 * with the rule ID; data = the offending element, then the feature to highlight if any, then further elements
 * involved (the layout EMF's marker helpers and editors expect).
 */
public class RuleDiagnostic extends BasicDiagnostic {

	private final Rule rule;

	/**
	 * @param rule     the rule
	 * @param severity the EMF severity in force for the rule
	 * @param message  the complete message, starting with the rule ID
	 * @param data     offending element, optional feature, further elements
	 */
	public RuleDiagnostic(Rule rule, int severity, String message, Object[] data) {
		super(severity, CogovRulesValidator.SOURCE, rule.getCode(), message, data);
		this.rule = rule;
	}

	/** The rule that found the problem. */
	public Rule getRule() {
		return rule;
	}

	/** The rule's ID, e.g. "COGOV-E01". */
	public String getRuleId() {
		return rule.getId();
	}

	/** Whether the finding is a governance risk (reported with warning severity by default). */
	public boolean isRisk() {
		return rule.isRisk();
	}

	/** The offending element. */
	public EObject getTarget() {
		return (EObject) getData().get(0);
	}

	/** The feature to highlight, or null. */
	public EStructuralFeature getFeature() {
		List<?> data = getData();
		return data.size() > 1 && data.get(1) instanceof EStructuralFeature feature ? feature : null;
	}

	/** Further elements involved, after the target and the feature. */
	public List<EObject> getRelated() {
		return getData().stream().skip(1).filter(EObject.class::isInstance).map(EObject.class::cast)
				.filter(o -> !(o instanceof EStructuralFeature)).toList();
	}
}
