/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.cogov.model.PlatformCase;
import org.cogov.model.StructurePhase;

/** The analysis of every phase of a case, in time order, and the changes between consecutive phases. */
public final class CaseAnalysis {

	private final PlatformCase platformCase;
	private final List<PhaseAnalysis> phases;
	private final List<PhaseChange> changes;

	CaseAnalysis(PlatformCase platformCase, List<PhaseAnalysis> phases) {
		this.platformCase = platformCase;
		this.phases = Collections.unmodifiableList(phases);
		List<PhaseChange> list = new ArrayList<>();
		for (int i = 1; i < phases.size(); i++) {
			list.add(PhaseChange.between(platformCase, phases.get(i - 1), phases.get(i)));
		}
		this.changes = Collections.unmodifiableList(list);
	}

	/** Phases in time order: by validFrom, phases without a start first, model order among equals. */
	static List<StructurePhase> inTimeOrder(PlatformCase platformCase) {
		List<StructurePhase> ordered = new ArrayList<>(platformCase.getPhases());
		ordered.sort(Comparator.comparing(StructurePhase::getValidFrom, Comparator.nullsFirst(Comparator.<Date>naturalOrder())));
		return ordered;
	}

	/** The case. */
	public PlatformCase platformCase() {
		return platformCase;
	}

	/** The phases' analyses in time order. */
	public List<PhaseAnalysis> phases() {
		return phases;
	}

	/** The analysis of one phase, or null when it is not a phase of this case. */
	public PhaseAnalysis phase(StructurePhase phase) {
		return phases.stream().filter(p -> p.phase() == phase).findFirst().orElse(null);
	}

	/** The current phase: the one that began last; null when the case has no phase. */
	public PhaseAnalysis current() {
		return phases.isEmpty() ? null : phases.get(phases.size() - 1);
	}

	/** Changes between consecutive phases. */
	public List<PhaseChange> changes() {
		return changes;
	}
}
