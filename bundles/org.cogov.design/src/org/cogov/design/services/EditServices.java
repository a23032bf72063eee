/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.services;

import java.util.HashSet;
import java.util.Set;

import org.cogov.model.CogovPackage;
import org.cogov.model.NamedElement;
import org.cogov.model.StructurePhase;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Sirius services used by the palette's tools while they create and delete elements. Views are read through
 * EMF reflection (an edge's {@code sourceNode} and {@code targetNode}), so no Sirius type is needed.
 */
public class EditServices {

	/** The structure phase of a diagram element, its view or the diagram; null outside a phase. */
	public StructurePhase phaseOf(EObject context) {
		return ModelContext.phaseOf(context);
	}

	/** The semantic element at the source end of an edge view: what a relation edge's reference starts from. */
	public EObject edgeSourceElement(EObject edgeView) {
		return endElement(edgeView, "sourceNode"); //$NON-NLS-1$
	}

	/** The semantic element at the target end of an edge view: the value a relation edge stands for. */
	public EObject edgeTargetElement(EObject edgeView) {
		return endElement(edgeView, "targetNode"); //$NON-NLS-1$
	}

	private static EObject endElement(EObject edgeView, String end) {
		EStructuralFeature feature = edgeView == null ? null : edgeView.eClass().getEStructuralFeature(end);
		return feature != null && edgeView.eGet(feature) instanceof EObject node ? ModelContext.semantic(node) : null;
	}

	/**
	 * A name for a new child of the container that no named child has yet: the prefix and the smallest number
	 * from 1 up. Names are identifiers in the DSL and XMI references, and must be unique among siblings (COGOV-E17).
	 */
	public String freshName(EObject container, String prefix) {
		Set<String> taken = new HashSet<>();
		if (container != null) {
			for (EObject child : container.eContents()) {
				if (child instanceof NamedElement named && named.getName() != null) {
					taken.add(named.getName());
				}
			}
		}
		for (int n = 1;; n++) {
			String candidate = prefix + n;
			if (!taken.contains(candidate)) {
				return candidate;
			}
		}
	}

	/**
	 * The value of a literal of a CoGov enum, ready to be set on an attribute: tools set kinds through this
	 * service so that the attribute receives the generated enum's instance, not a string or an EEnumLiteral.
	 *
	 * @param context any element (unused; Sirius services take the current element first)
	 * @param enumName the EEnum's name, e.g. "RightKind"
	 * @param literal  the literal's name, e.g. "FINAL"
	 * @throws IllegalArgumentException when the enum or the literal does not exist
	 */
	public Object enumLiteral(EObject context, String enumName, String literal) {
		EClassifier classifier = CogovPackage.eINSTANCE.getEClassifier(enumName);
		if (!(classifier instanceof EEnum eEnum)) {
			throw new IllegalArgumentException("No CoGov enum " + enumName); //$NON-NLS-1$
		}
		EEnumLiteral value = eEnum.getEEnumLiteral(literal);
		if (value == null) {
			throw new IllegalArgumentException("No literal " + literal + " in " + enumName); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return value.getInstance();
	}
}
