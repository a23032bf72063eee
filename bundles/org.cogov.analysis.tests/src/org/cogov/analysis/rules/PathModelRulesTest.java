/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.tests.CaseBuilder.difficulty;
import static org.cogov.analysis.tests.CaseBuilder.factor;
import static org.cogov.analysis.tests.CaseBuilder.mechanism;
import static org.cogov.analysis.tests.RuleFindings.assertFlaggedOnly;
import static org.cogov.analysis.tests.RuleFindings.assertNotFlagged;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.cogov.analysis.tests.TinyCase;
import org.cogov.model.Difficulty;
import org.cogov.model.DifficultyKind;
import org.cogov.model.FactorDimension;
import org.cogov.model.FactorDirection;
import org.cogov.model.MechanismKind;
import org.cogov.model.ProcessTracingTest;
import org.cogov.model.Strength;
import org.junit.Test;

/** COGOV-W04 and W05. */
public class PathModelRulesTest {

	@Test
	public void w04CaseMissingFactorDimensions() {
		TinyCase m = new TinyCase();
		factor(m.platformCase, "T1", null, FactorDimension.TECHNOLOGICAL, Strength.STRONG, FactorDirection.ENABLING);
		List<RuleDiagnostic> hits = assertFlaggedOnly(m.platformCase, RuleCatalog.W04_FACTOR_DIMENSIONS, m.platformCase);
		assertEquals("one finding per missing dimension", 2, hits.size());
		assertTrue(hits.get(0).getMessage(), hits.get(0).getMessage().contains("ORGANISATIONAL"));

		factor(m.platformCase, "O1", null, FactorDimension.ORGANISATIONAL, Strength.WEAK, FactorDirection.CONSTRAINING);
		factor(m.platformCase, "I1", null, FactorDimension.INSTITUTIONAL, Strength.MODERATE, FactorDirection.ENABLING);
		assertNotFlagged(m.platformCase, RuleCatalog.W04_FACTOR_DIMENSIONS);
	}

	@Test
	public void w05DifficultyNeitherResolvedNorMarkedUnresolved() {
		TinyCase m = new TinyCase();
		Difficulty difficulty = difficulty(m.platformCase, "Goals", DifficultyKind.NO_COMMON_GOALS, null,
				m.governmentSays(ProcessTracingTest.HOOP));
		difficulty.setUnresolved(false);
		assertFlaggedOnly(m.platformCase, RuleCatalog.W05_DIFFICULTY_RESOLUTION, difficulty);

		difficulty.getResolvedBy().add(mechanism(m.platformCase, "VI", MechanismKind.VALUE_INTEGRATION, Strength.STRONG,
				m.phase, m.governmentSays(ProcessTracingTest.HOOP), m.enterpriseSays(ProcessTracingTest.HOOP)));
		assertNotFlagged(m.platformCase, RuleCatalog.W05_DIFFICULTY_RESOLUTION);
	}
}
