/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.services;

import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.analysis.rules.RuleSettings;
import org.cogov.analysis.rules.StudyFolderSettings;
import org.cogov.model.CogovPackage;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructurePhase;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Where a diagram element sits in the model: its structure phase, its case and the study's settings.
 * <p>
 * A context may be a CoGov element or a Sirius view (the {@code view}, {@code sourceView} or {@code diagram}
 * variables of the viewpoint). Views are read through EMF reflection, following their {@code target}
 * reference to the semantic element and their containers up to the diagram, so that the services need no
 * Sirius type. The settings come from the same files next to the model as the validator's, so that a marker on a
 * diagram and the finding of "Validate diagram" use one set of thresholds.
 */
final class ModelContext {

	/** The reference from a Sirius view to its semantic element (DSemanticDecorator.target). */
	private static final String TARGET = "target"; //$NON-NLS-1$

	private ModelContext() {
	}

	/** The phase the context is or lies in; for a view, the phase of its element or of the diagram; else null. */
	static StructurePhase phaseOf(EObject context) {
		for (EObject view = context; view != null; view = view.eContainer()) {
			StructurePhase phase = containing(semantic(view), StructurePhase.class);
			if (phase != null) {
				return phase;
			}
		}
		return null;
	}

	/** The case the context is or lies in; for a view, the case of its element or of the diagram; else null. */
	static PlatformCase caseOf(EObject context) {
		for (EObject view = context; view != null; view = view.eContainer()) {
			PlatformCase platformCase = containing(semantic(view), PlatformCase.class);
			if (platformCase != null) {
				return platformCase;
			}
		}
		return null;
	}

	/** A CoGov element itself; for a view, the element its target reference points to; else null. */
	static EObject semantic(EObject object) {
		if (object == null || object.eClass().getEPackage() == CogovPackage.eINSTANCE) {
			return object;
		}
		EStructuralFeature target = object.eClass().getEStructuralFeature(TARGET);
		if (target instanceof EReference && !target.isMany() && object.eGet(target) instanceof EObject element
				&& element.eClass().getEPackage() == CogovPackage.eINSTANCE) {
			return element;
		}
		return null;
	}

	private static <T> T containing(EObject element, Class<T> type) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
		}
		return null;
	}

	/** The classification parameters in force for the element's study. */
	static ClassificationParameters parameters(EObject element) {
		return settings(element).parameters();
	}

	/** The rule settings in force for the element's study. */
	static RuleSettings rules(EObject element) {
		return settings(element).rules();
	}

	private static StudyFolderSettings settings(EObject element) {
		return StudyFolderSettings.forResource(element == null ? null : element.eResource());
	}
}
