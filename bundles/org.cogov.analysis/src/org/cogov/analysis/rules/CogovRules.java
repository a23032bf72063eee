/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import java.util.Map;

import org.cogov.model.CogovPackage;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * Access to the CoGov rules for other bundles.
 * <p>
 * {@link #register()} puts the validator into EMF's global registry for the CoGov package, so that every
 * Diagnostician (editors, the command line) runs the rules. It leaves another validator already registered for the
 * package alone: Xtext's EValidatorRegistrar wraps a validator it finds into its composite, so a DSL bundle must
 * call {@code register()} <em>before</em> Xtext registers its own validator (e.g. first thing in its setup).
 */
public final class CogovRules {

	private static final CogovRulesValidator VALIDATOR = new CogovRulesValidator();

	private CogovRules() {
	}

	/** The shared validator. */
	public static CogovRulesValidator validator() {
		return VALIDATOR;
	}

	/**
	 * Registers the validator for the CoGov package unless another validator is registered there. Idempotent.
	 *
	 * @return whether our validator is registered after the call
	 */
	public static synchronized boolean register() {
		Object current = EValidator.Registry.INSTANCE.get(CogovPackage.eINSTANCE);
		if (current == null) {
			EValidator.Registry.INSTANCE.put(CogovPackage.eINSTANCE, VALIDATOR);
			return true;
		}
		return current == VALIDATOR;
	}

	/**
	 * Validates a model completely, whatever is registered: EMF's structural constraints (multiplicities,
	 * unresolved references) and all CoGov rules. For headless callers such as the command line.
	 *
	 * @param root    the element whose tree is checked
	 * @param context extra context entries (settings, parameters, locale), may be null
	 */
	public static Diagnostic validate(EObject root, Map<Object, Object> context) {
		EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
		registry.put(CogovPackage.eINSTANCE, new StructuralAndRules());
		Diagnostician diagnostician = new Diagnostician(registry);
		Map<Object, Object> full = diagnostician.createDefaultContext();
		if (context != null) {
			full.putAll(context);
		}
		BasicDiagnostic diagnostics = diagnostician.createDefaultDiagnostic(root);
		diagnostician.validate(root, diagnostics, full);
		return diagnostics;
	}

	/** EMF's structural constraints, then the CoGov rules. */
	private static final class StructuralAndRules extends EObjectValidator {

		@Override
		public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
			boolean structural = super.validate(eClass, eObject, diagnostics, context);
			return VALIDATOR.validate(eClass, eObject, diagnostics, context) && structural;
		}
	}
}
