/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.services;

import java.util.List;

import org.cogov.analysis.Period;
import org.cogov.analysis.metrics.CollaborationNetwork;
import org.cogov.model.CollaborationLink;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructurePhase;
import org.eclipse.emf.ecore.EObject;

/**
 * Sirius services of the collaboration network. A link is drawn on a phase's network exactly when the
 * collaboration metrics count it ({@link CollaborationNetwork#counts}): not planned, overlapping the phase,
 * between two distinct departments of the case, and not a recorded refusal to share data.
 */
public class NetworkServices {

	/** The case's government departments, in model order; the context is the case or any element inside it. */
	public List<GovernmentDepartment> departments(EObject context) {
		PlatformCase platformCase = ModelContext.caseOf(context);
		return platformCase == null ? List.of() : CollaborationNetwork.departments(platformCase);
	}

	/** The links that count in the phase's collaboration network, in model order. */
	public List<CollaborationLink> activeLinks(EObject phase) {
		PlatformCase platformCase = ModelContext.caseOf(phase);
		if (!(phase instanceof StructurePhase structurePhase) || platformCase == null) {
			return List.of();
		}
		List<GovernmentDepartment> departments = CollaborationNetwork.departments(platformCase);
		Period period = Period.of(structurePhase);
		return platformCase.getLinks().stream().filter(link -> CollaborationNetwork.counts(link, period)
				&& departments.contains(link.getFrom()) && departments.contains(link.getTo())).toList();
	}

	/** Whether the link counts at some time of the case: ties that never count are drawn faded. */
	public boolean isCounted(EObject link) {
		if (!(link instanceof CollaborationLink collaborationLink)) {
			return false;
		}
		List<GovernmentDepartment> departments = departments(link);
		return CollaborationNetwork.counts(collaborationLink, Period.always())
				&& departments.contains(collaborationLink.getFrom()) && departments.contains(collaborationLink.getTo());
	}

	/**
	 * The number of departments the department has a counted tie with.
	 *
	 * @param department the department
	 * @param context    a phase (its period) or the case (the whole timeline), or an element inside them
	 */
	public int tieCount(EObject department, EObject context) {
		PlatformCase platformCase = ModelContext.caseOf(context);
		if (!(department instanceof GovernmentDepartment node) || platformCase == null) {
			return 0;
		}
		StructurePhase phase = ModelContext.phaseOf(context);
		return CollaborationNetwork.of(platformCase, phase == null ? Period.always() : Period.of(phase)).degree(node);
	}

	/** Whether the department has no counted tie (rule COGOV-W01 for a phase). */
	public boolean isIsolate(EObject department, EObject context) {
		return department instanceof GovernmentDepartment && tieCount(department, context) == 0;
	}
}
