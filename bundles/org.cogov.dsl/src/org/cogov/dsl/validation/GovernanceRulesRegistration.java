/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.validation;

import org.cogov.analysis.rules.CogovRules;
import org.cogov.model.CogovPackage;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;

/**
 * Adds the governance rules (the analysis bundle's EValidator) to the language's validator registry, next to
 * the language's own checks. Created eagerly by every injector of the language: command line, language server,
 * workbench and tests get the same rules whatever else the process has registered.
 */
public class GovernanceRulesRegistration {

	@Inject
	public void register(EValidatorRegistrar registrar) {
		registrar.register(CogovPackage.eINSTANCE, CogovRules.validator());
	}
}
