/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.validation;

import org.cogov.analysis.rules.RuleDiagnostic;
import org.cogov.model.CogovPackage;
import org.cogov.model.NamedElement;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;

/**
 * Gives the editor's issues the stable rule codes of the governance rules (COGOV-E01, ...), so that markers,
 * quick fixes, the command line and severity settings all speak of the same rule; and places a finding about
 * something missing (a feature not written, e.g. "no factor of dimension T") on the element's name rather than
 * underlining the whole element.
 */
public class RuleCodeDiagnosticConverter extends DiagnosticConverterImpl {

	@Override
	protected String getIssueCode(Diagnostic diagnostic) {
		if (diagnostic instanceof RuleDiagnostic rule) {
			return rule.getRuleId();
		}
		return super.getIssueCode(diagnostic);
	}

	@Override
	protected IssueLocation getLocationData(EObject obj, EStructuralFeature feature, int index) {
		if (feature != null && obj instanceof NamedElement && NodeModelUtils.getNode(obj) != null
				&& NodeModelUtils.findNodesForFeature(obj, feature).isEmpty()
				&& !NodeModelUtils.findNodesForFeature(obj, CogovPackage.Literals.NAMED_ELEMENT__NAME).isEmpty()) {
			return super.getLocationData(obj, CogovPackage.Literals.NAMED_ELEMENT__NAME, 0);
		}
		return super.getLocationData(obj, feature, index);
	}
}
