/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.services;

import org.cogov.analysis.GovernanceAnalysis;
import org.cogov.analysis.classification.Classification;
import org.cogov.model.Evidenced;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructurePhase;
import org.cogov.model.StructureType;
import org.eclipse.emf.ecore.EObject;

/**
 * Sirius services of the path model (factors, structure, mechanisms, difficulties): the structure type the
 * analysis computes for a phase and the claims that still lack evidence.
 */
public class PathServices {

	/** The type the classification computes for the phase under the study's parameters, or null outside a case. */
	public StructureType computedType(EObject phase) {
		Classification classification = classification(phase);
		return classification == null ? null : classification.type();
	}

	/** Whether the phase declares a type and the computed one differs (rule COGOV-W13). */
	public boolean typeDiffers(EObject phase) {
		if (!(phase instanceof StructurePhase structurePhase) || structurePhase.getDeclaredType() == StructureType.UNSET) {
			return false;
		}
		StructureType computed = computedType(phase);
		return computed != null && computed != structurePhase.getDeclaredType();
	}

	/** Whether the computed type of the phase lies near a threshold (rule COGOV-W14). */
	public boolean isBorderline(EObject phase) {
		Classification classification = classification(phase);
		return classification != null && classification.isBorderline();
	}

	/** Whether the mechanism, factor effect, difficulty or claim rests on no evidence at all. */
	public boolean lacksEvidence(EObject element) {
		return element instanceof Evidenced evidenced && evidenced.getEvidence().isEmpty();
	}

	static Classification classification(EObject phase) {
		if (!(phase instanceof StructurePhase structurePhase) || !(structurePhase.eContainer() instanceof PlatformCase)) {
			return null;
		}
		return GovernanceAnalysis.analyse(structurePhase, ModelContext.parameters(phase)).classification();
	}
}
