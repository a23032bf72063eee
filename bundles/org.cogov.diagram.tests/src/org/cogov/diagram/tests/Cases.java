/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.tests;

import java.util.ArrayList;
import java.util.List;

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
	 */
	record Drawn(PlatformCase platformCase, StructurePhase phase, Diagram diagram) {

		PhaseAnalysis analysis() {
			return GovernanceDiagrams.context(platformCase, phase, null).analysis();
		}

		@Override
		public String toString() {
			return platformCase.getName() + "/" + phase.getName() + " " + diagram.kind();
		}
	}

	private Cases() {
	}

	/** Every phase of every illustrative case drawn as a kind. */
	static List<Drawn> all(DiagramKind kind) {
		List<Drawn> drawn = new ArrayList<>();
		for (PlatformCase platformCase : IllustrativeCases.study().getCases()) {
			for (StructurePhase phase : platformCase.getPhases()) {
				drawn.add(new Drawn(platformCase, phase, GovernanceDiagrams.build(kind, platformCase, phase, null)));
			}
		}
		return drawn;
	}
}
