/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.validation;

import org.cogov.analysis.rules.RuleDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;

/**
 * Gives the editor's issues the stable rule codes of the governance rules (COGOV-E01, ...), so that markers,
 * quick fixes, the command line and severity settings all speak of the same rule.
 */
public class RuleCodeDiagnosticConverter extends DiagnosticConverterImpl {

	@Override
	protected String getIssueCode(Diagnostic diagnostic) {
		if (diagnostic instanceof RuleDiagnostic rule) {
			return rule.getRuleId();
		}
		return super.getIssueCode(diagnostic);
	}
}
