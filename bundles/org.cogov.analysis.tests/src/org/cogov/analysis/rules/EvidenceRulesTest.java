/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.tests.CaseBuilder.claim;
import static org.cogov.analysis.tests.CaseBuilder.difficulty;
import static org.cogov.analysis.tests.CaseBuilder.effect;
import static org.cogov.analysis.tests.CaseBuilder.event;
import static org.cogov.analysis.tests.CaseBuilder.factor;
import static org.cogov.analysis.tests.CaseBuilder.mechanism;
import static org.cogov.analysis.tests.RuleFindings.assertFlaggedOnly;
import static org.cogov.analysis.tests.RuleFindings.assertNotFlagged;
import static org.junit.Assert.assertTrue;

import org.cogov.analysis.tests.CaseBuilder;
import org.cogov.analysis.tests.TinyCase;
import org.cogov.model.CausalClaim;
import org.cogov.model.Difficulty;
import org.cogov.model.DifficultyKind;
import org.cogov.model.Document;
import org.cogov.model.DocumentKind;
import org.cogov.model.Event;
import org.cogov.model.EventKind;
import org.cogov.model.FactorDimension;
import org.cogov.model.FactorDirection;
import org.cogov.model.FactorEffect;
import org.cogov.model.Mechanism;
import org.cogov.model.MechanismKind;
import org.cogov.model.ProcessTracingTest;
import org.cogov.model.Stance;
import org.cogov.model.Strength;
import org.cogov.model.StructureAspect;
import org.junit.Test;

/** COGOV-E10, E11, E12, E13, W06 and W07. */
public class EvidenceRulesTest {

	@Test
	public void e10MechanismWithoutEvidence() {
		TinyCase m = new TinyCase();
		Mechanism mechanism = mechanism(m.platformCase, "VI", MechanismKind.VALUE_INTEGRATION, Strength.STRONG, m.phase);
		assertFlaggedOnly(m.platformCase, RuleCatalog.E10_MECHANISM_EVIDENCE, mechanism);

		mechanism.getEvidence().add(m.governmentSays(ProcessTracingTest.HOOP));
		mechanism.getEvidence().add(m.enterpriseSays(ProcessTracingTest.HOOP));
		assertNotFlagged(m.platformCase, RuleCatalog.E10_MECHANISM_EVIDENCE);
	}

	@Test
	public void e11FactorEffectWithoutEvidence() {
		TinyCase m = new TinyCase();
		FactorEffect effect = effect(factor(m.platformCase, "T1", null, FactorDimension.TECHNOLOGICAL, Strength.STRONG,
				FactorDirection.ENABLING), StructureAspect.ROLE_ALLOCATION, m.phase, "firms can join");
		assertFlaggedOnly(m.platformCase, RuleCatalog.E11_FACTOR_EFFECT_EVIDENCE, effect);

		effect.getEvidence().add(m.governmentSays(ProcessTracingTest.HOOP));
		assertNotFlagged(m.platformCase, RuleCatalog.E11_FACTOR_EFFECT_EVIDENCE);
	}

	@Test
	public void e12DifficultyWithoutEvidence() {
		TinyCase m = new TinyCase();
		Difficulty difficulty = difficulty(m.platformCase, "Duties", DifficultyKind.UNCLEAR_RESPONSIBILITIES, null);
		assertFlaggedOnly(m.platformCase, RuleCatalog.E12_DIFFICULTY_EVIDENCE, difficulty);

		difficulty.getEvidence().add(m.governmentSays(ProcessTracingTest.SMOKING_GUN));
		assertNotFlagged(m.platformCase, RuleCatalog.E12_DIFFICULTY_EVIDENCE);
	}

	@Test
	public void e13CausalClaimWithoutEvidence() {
		TinyCase m = new TinyCase();
		Event policy = event(m.platformCase, "Policy", "2020-06-01", EventKind.POLICY_ISSUED);
		Event body = event(m.platformCase, "Body", "2020-09-01", EventKind.BODY_ESTABLISHED);
		CausalClaim claim = claim(m.platformCase, "PolicyToBody", policy, body);
		assertFlaggedOnly(m.platformCase, RuleCatalog.E13_CAUSAL_CLAIM_EVIDENCE, claim);

		claim.getEvidence().add(m.governmentSays(ProcessTracingTest.SMOKING_GUN));
		assertNotFlagged(m.platformCase, RuleCatalog.E13_CAUSAL_CLAIM_EVIDENCE);
	}

	@Test
	public void w06MechanismEvidencedByOneSideOnly() {
		TinyCase m = new TinyCase();
		Document minutes = CaseBuilder.document(m.study, "D01", "会议纪要", DocumentKind.MINUTES, "2021-02-01");
		Mechanism mechanism = mechanism(m.platformCase, "TE", MechanismKind.TECHNOLOGY_EMPOWERMENT, Strength.STRONG,
				m.phase, m.governmentSays(ProcessTracingTest.HOOP), CaseBuilder.evidence(minutes, ProcessTracingTest.HOOP));
		String message = assertFlaggedOnly(m.platformCase, RuleCatalog.W06_ONE_SIDED_EVIDENCE, mechanism).get(0).getMessage();
		assertTrue(message, message.contains("from government staff only"));

		mechanism.getEvidence().add(m.enterpriseSays(ProcessTracingTest.STRAW_IN_THE_WIND));
		assertNotFlagged(m.platformCase, RuleCatalog.W06_ONE_SIDED_EVIDENCE);
	}

	@Test
	public void w07CausalClaimOnStrawInTheWindOnly() {
		TinyCase m = new TinyCase();
		Event policy = event(m.platformCase, "Policy", "2020-06-01", EventKind.POLICY_ISSUED);
		Event body = event(m.platformCase, "Body", "2020-09-01", EventKind.BODY_ESTABLISHED);
		CausalClaim claim = claim(m.platformCase, "PolicyToBody", policy, body,
				m.governmentSays(ProcessTracingTest.STRAW_IN_THE_WIND), m.enterpriseSays(ProcessTracingTest.STRAW_IN_THE_WIND));
		assertFlaggedOnly(m.platformCase, RuleCatalog.W07_STRAW_IN_THE_WIND, claim);

		claim.getEvidence().get(1).setTest(ProcessTracingTest.HOOP);
		claim.getEvidence().get(1).setStance(Stance.CONTRADICTS); // contradicting evidence does not support the claim
		assertFlaggedOnly(m.platformCase, RuleCatalog.W07_STRAW_IN_THE_WIND, claim);
		claim.getEvidence().get(1).setStance(Stance.SUPPORTS);
		assertNotFlagged(m.platformCase, RuleCatalog.W07_STRAW_IN_THE_WIND);
	}
}
