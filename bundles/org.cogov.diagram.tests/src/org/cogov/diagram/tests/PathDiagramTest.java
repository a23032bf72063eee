/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.cogov.diagram.build.DiagramTitles;
import org.cogov.diagram.build.EvidenceSummary;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.model.EdgeKind;
import org.cogov.diagram.model.NodeKind;
import org.cogov.diagram.tests.Cases.Drawn;
import org.cogov.model.Difficulty;
import org.cogov.model.Factor;
import org.cogov.model.FactorEffect;
import org.cogov.model.Mechanism;
import org.cogov.model.ProcessTracingTest;
import org.junit.Test;

/** The path model shows factors, the typed structure, mechanisms and difficulties, with evidence on the edges. */
public class PathDiagramTest {

	@Test
	public void everyFactorMechanismAndDifficultyOnce() {
		for (Drawn drawn : Cases.all(DiagramKind.PATH)) {
			for (Factor factor : drawn.platformCase().getFactors()) {
				assertEquals(drawn + ": " + factor.getName(), 1, Geometry.nodesShowing(drawn.diagram(), factor));
			}
			for (Mechanism mechanism : drawn.platformCase().getMechanisms()) {
				long expected = mechanism.getPhase() == null || mechanism.getPhase() == drawn.phase() ? 1 : 0;
				assertEquals(drawn + ": " + mechanism.getName(), expected, Geometry.nodesShowing(drawn.diagram(), mechanism));
			}
			for (Difficulty difficulty : drawn.platformCase().getDifficulties()) {
				assertEquals(drawn + ": " + difficulty.getName(), 1, Geometry.nodesShowing(drawn.diagram(), difficulty));
			}
		}
	}

	@Test
	public void structureShowsTheComputedType() {
		for (Drawn drawn : Cases.all(DiagramKind.PATH)) {
			DiagramNode structure = drawn.diagram().nodes(NodeKind.STRUCTURE).get(0);
			assertEquals(drawn.phase(), structure.element());
			String type = DiagramTitles.typeWords(drawn.analysis().classification().type());
			assertTrue(drawn + ": " + structure.title(), structure.title().contains(type));
			assertTrue(drawn + ": subtitle", drawn.diagram().subtitle().contains("computed type: " + type)); //$NON-NLS-1$
		}
	}

	@Test
	public void factorEdgesCarryEvidenceCountAndStrongestTest() {
		int checked = 0;
		for (Drawn drawn : Cases.all(DiagramKind.PATH)) {
			for (DiagramEdge edge : drawn.diagram().edges()) {
				if (edge.element() instanceof FactorEffect effect) {
					assertEquals(NodeKind.STRUCTURE, edge.target().kind());
					EvidenceSummary summary = EvidenceSummary.of(effect.getEvidence());
					assertTrue(edge.label(), edge.label().contains(summary.count() + " evidence")); //$NON-NLS-1$
					if (summary.strongest() != ProcessTracingTest.UNSET) {
						assertTrue(edge.label(), edge.label().contains(summary.strongest().getName().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
					}
					checked++;
				}
			}
		}
		assertTrue("some factor effects checked", checked > 5);
	}

	@Test
	public void strongestTestRanksTheTests() {
		EvidenceSummary none = EvidenceSummary.of(java.util.List.of());
		assertEquals("no evidence", none.label()); //$NON-NLS-1$
		EvidenceSummary hoop = new EvidenceSummary(2, 0, ProcessTracingTest.HOOP);
		EvidenceSummary gun = new EvidenceSummary(1, 1, ProcessTracingTest.SMOKING_GUN);
		assertEquals(ProcessTracingTest.SMOKING_GUN, hoop.plus(gun).strongest());
		assertEquals("3 evidence (1 against) · smoking gun", hoop.plus(gun).label()); //$NON-NLS-1$
	}

	@Test
	public void mechanismsAddressTheirDifficulties() {
		for (Drawn drawn : Cases.all(DiagramKind.PATH)) {
			for (Difficulty difficulty : drawn.platformCase().getDifficulties()) {
				for (Mechanism mechanism : difficulty.getResolvedBy()) {
					DiagramNode from = drawn.diagram().nodeOf(mechanism);
					if (from == null) {
						continue; // a mechanism of another phase
					}
					DiagramNode to = drawn.diagram().nodeOf(difficulty);
					assertTrue(drawn + ": " + mechanism.getName() + " -> " + difficulty.getName(), drawn.diagram().edges().stream()
							.anyMatch(e -> e.source() == from && e.target() == to && e.kind() == EdgeKind.ADDRESSES));
				}
			}
		}
	}

	@Test
	public void geometry() {
		for (Drawn drawn : Cases.all(DiagramKind.PATH)) {
			Geometry.assertWellLaidOut(drawn.diagram());
		}
	}
}
