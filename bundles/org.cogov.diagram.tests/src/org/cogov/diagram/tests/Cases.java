/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.tests;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cogov.analysis.PhaseAnalysis;
import org.cogov.diagram.GovernanceDiagrams;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.tests.fixture.IllustrativeCases;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructurePhase;

/** The phases of the four illustrative cases, each with its laid-out diagram of a kind. */
final class Cases {

	/**
	 * One phase and its diagram.
	 *
	 * @param platformCase the case
	 * @param phase        the phase
	 * @param diagram      the laid-out diagram
	 * @param analysis     the phase's analysis with the default parameters
	 */
	record Drawn(PlatformCase platformCase, StructurePhase phase, Diagram diagram, PhaseAnalysis analysis) {

		@Override
		public String toString() {
			return platformCase.getName() + "/" + phase.getName() + " " + diagram.kind();
		}
	}

	private static final Map<DiagramKind, List<Drawn>> DRAWN = new EnumMap<>(DiagramKind.class);

	private Cases() {
	}

	/** Every phase of every illustrative case drawn as a kind; built once per kind (tests only read them). */
	static synchronized List<Drawn> all(DiagramKind kind) {
		return DRAWN.computeIfAbsent(kind, k -> {
			List<Drawn> drawn = new ArrayList<>();
			for (PlatformCase platformCase : IllustrativeCases.study().getCases()) {
				for (StructurePhase phase : platformCase.getPhases()) {
					drawn.add(new Drawn(platformCase, phase, GovernanceDiagrams.build(k, platformCase, phase, null),
							GovernanceDiagrams.context(platformCase, phase, null).analysis()));
				}
			}
			return List.copyOf(drawn);
		});
	}
}
