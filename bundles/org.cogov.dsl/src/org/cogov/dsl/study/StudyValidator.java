/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cogov.analysis.rules.CogovRules;
import org.cogov.analysis.rules.RuleDiagnostic;
import org.cogov.dsl.study.FileDiagnostic.Severity;
import org.cogov.model.resource.ElementPath;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * Validates one loaded file: CoGov text through the language's validator (syntax, linking, governance rules, with
 * lines and columns), XMI through the same governance rules (located by element, as XMI keeps no lines).
 */
final class StudyValidator {

	List<FileDiagnostic> validate(Path file, Resource resource) {
		List<FileDiagnostic> result = new ArrayList<>();
		if (resource instanceof XtextResource xtext) {
			List<Issue> issues = xtext.getResourceServiceProvider().getResourceValidator().validate(xtext, CheckMode.ALL,
					CancelIndicator.NullImpl);
			for (Issue issue : issues) {
				String code = code(issue);
				result.add(new FileDiagnostic(file, nonNull(issue.getLineNumber()), nonNull(issue.getColumn()),
						severity(issue.getSeverity()), code, withoutCode(code, issue.getMessage()), nonNull(issue.getOffset()),
						nonNull(issue.getLength()), issue.getUriToProblem() == null ? null : issue.getUriToProblem().fragment()));
			}
			return result;
		}
		for (EObject root : resource.getContents()) {
			Diagnostic diagnostic = CogovRules.validate(root, null);
			collect(file, diagnostic, result);
		}
		return result;
	}

	private static void collect(Path file, Diagnostic diagnostic, List<FileDiagnostic> result) {
		for (Diagnostic child : diagnostic.getChildren()) {
			if (child.getSeverity() >= Diagnostic.INFO && child.getMessage() != null) {
				String code = child instanceof RuleDiagnostic rule ? rule.getRuleId() : "structure"; //$NON-NLS-1$
				String message = child instanceof RuleDiagnostic ? child.getMessage() : structural(child);
				result.add(new FileDiagnostic(file, 0, 0, severity(child.getSeverity()), code, withoutCode(code, message)));
			}
			collect(file, child, result);
		}
	}

	/**
	 * EMF's structural findings name elements by class and hash code ("org.cogov.model.impl.EvidenceRefImpl@15ce");
	 * XMI keeps no lines, so the element's place in the model in words is the location a modeler can use.
	 */
	private static String structural(Diagnostic finding) {
		List<?> data = finding.getData();
		if (data.isEmpty() || !(data.get(0) instanceof EObject element)) {
			return finding.getMessage();
		}
		if (finding.getCode() == EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES && data.size() >= 3
				&& data.get(1) instanceof EStructuralFeature feature && data.get(2) instanceof EObject proxy) {
			return ElementPath.describe(element) + " refers through '" + feature.getName() + "' to " + EcoreUtil.getURI(proxy) //$NON-NLS-1$ //$NON-NLS-2$
					+ ", which cannot be read or does not hold that element"; //$NON-NLS-1$
		}
		String message = finding.getMessage();
		for (Object each : data) {
			if (each instanceof EObject object) {
				message = message.replace("'" + EObjectValidator.getObjectLabel(object, null) + "'", ElementPath.describe(object)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return message;
	}

	/** Rule messages start with their code, which the diagnostic carries separately. */
	private static String withoutCode(String code, String message) {
		return message != null && message.startsWith(code + " ") ? message.substring(code.length() + 1) : message; //$NON-NLS-1$
	}

	private static String code(Issue issue) {
		String code = issue.getCode();
		if (issue.isSyntaxError() || code == null) {
			return FileDiagnostic.SYNTAX;
		}
		if (org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
			return FileDiagnostic.LINK;
		}
		return code.startsWith("COGOV-") ? code : FileDiagnostic.SYNTAX; //$NON-NLS-1$
	}

	private static Severity severity(org.eclipse.xtext.diagnostics.Severity severity) {
		return switch (severity) {
		case ERROR -> Severity.ERROR;
		case WARNING -> Severity.WARNING;
		default -> Severity.INFO;
		};
	}

	private static Severity severity(int emfSeverity) {
		if (emfSeverity >= Diagnostic.ERROR) {
			return Severity.ERROR;
		}
		return emfSeverity >= Diagnostic.WARNING ? Severity.WARNING : Severity.INFO;
	}

	private static int nonNull(Integer value) {
		return value == null ? 0 : value;
	}
}
