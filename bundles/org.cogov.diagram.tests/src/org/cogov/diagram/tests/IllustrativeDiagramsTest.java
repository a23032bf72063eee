/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Map;

import org.cogov.analysis.GovernanceAnalysis;
import org.cogov.diagram.GovernanceDiagrams;
import org.cogov.diagram.build.DiagramTitles;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.tests.fixture.IllustrativeCases;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructurePhase;
import org.junit.Test;

/** All four illustrative cases give all four kinds, titled with case, phase, kind and computed type. */
public class IllustrativeDiagramsTest {

	@Test
	public void allCasesAllPhasesAllKinds() {
		int diagrams = 0;
		for (PlatformCase platformCase : IllustrativeCases.study().getCases()) {
			for (StructurePhase phase : platformCase.getPhases()) {
				Map<DiagramKind, Diagram> all = GovernanceDiagrams.buildAll(platformCase, phase, null);
				assertEquals(DiagramKind.values().length, all.size());
				String type = DiagramTitles.typeWords(GovernanceAnalysis.analyse(phase).classification().type());
				for (Map.Entry<DiagramKind, Diagram> entry : all.entrySet()) {
					Diagram diagram = entry.getValue();
					assertEquals(entry.getKey(), diagram.kind());
					assertTrue(diagram.title(), diagram.title().contains(platformCase.getName()));
					assertTrue(diagram.title(), diagram.title().contains("phase " + phase.getName())); //$NON-NLS-1$
					assertTrue(diagram.title(), diagram.title().contains(entry.getKey().label()));
					assertTrue(diagram.subtitle(), diagram.subtitle().contains(type));
					assertTrue(diagram.title() + ": empty legend", !diagram.legend().entries().isEmpty());
					Geometry.assertWellLaidOut(diagram);
					diagrams++;
				}
			}
		}
		assertEquals("5 phases x 4 kinds", 20, diagrams);
	}

	@Test
	public void withoutPhaseTheCurrentPhaseIsDrawn() {
		PlatformCase a = IllustrativeCases.countyA();
		Diagram diagram = GovernanceDiagrams.build(DiagramKind.ROLE, a, null, null);
		assertTrue(diagram.title(), diagram.title().contains("phase P2")); //$NON-NLS-1$
	}

	@Test(expected = IllegalArgumentException.class)
	public void aPhaseOfAnotherCaseIsRefused() {
		PlatformCase a = IllustrativeCases.countyA();
		PlatformCase b = IllustrativeCases.districtB();
		GovernanceDiagrams.build(DiagramKind.ROLE, a, b.getPhases().get(0), null);
	}

	@Test
	public void kindsParseFromCommandLineWords() {
		assertEquals(DiagramKind.NETWORK, DiagramKind.parse("network")); //$NON-NLS-1$
		assertEquals(DiagramKind.PATH, DiagramKind.parse(" Path ")); //$NON-NLS-1$
	}

	@Test(expected = IllegalArgumentException.class)
	public void unknownKindIsRefused() {
		DiagramKind.parse("sankey"); //$NON-NLS-1$
	}
}
