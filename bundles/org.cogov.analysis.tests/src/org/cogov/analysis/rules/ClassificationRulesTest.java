/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.tests.RuleFindings.assertFlaggedOnly;
import static org.cogov.analysis.tests.RuleFindings.assertNotFlagged;
import static org.cogov.analysis.tests.RuleFindings.context;
import static org.junit.Assert.assertTrue;

import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.analysis.tests.IllustrativeCases;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructurePhase;
import org.cogov.model.StructureType;
import org.junit.Test;

/** COGOV-W13 and W14, on the illustrative cases. */
public class ClassificationRulesTest {

	@Test
	public void w13DeclaredTypeDiffersFromTheComputedOne() {
		PlatformCase d = IllustrativeCases.countyD();
		StructurePhase phase = d.getPhases().get(0);
		phase.setDeclaredType(StructureType.NETWORK);
		String message = assertFlaggedOnly(d, RuleCatalog.W13_DECLARED_TYPE, phase).get(0).getMessage();
		assertTrue(message, message.contains("is declared NETWORK but the rules compute GOVERNMENT_LED"));

		phase.setDeclaredType(StructureType.GOVERNMENT_LED);
		assertNotFlagged(d, RuleCatalog.W13_DECLARED_TYPE);
	}

	@Test
	public void w14BorderlineClassification() {
		PlatformCase a = IllustrativeCases.countyA();
		StructurePhase network = a.getPhases().get(1); // smax = 0.25
		ClassificationParameters tight = ClassificationParameters.defaults().set("network.maxSmax", "0.28");
		String message = assertFlaggedOnly(a, RuleCatalog.W14_BORDERLINE_TYPE, network,
				context(ClassificationParameters.CONTEXT_KEY, tight)).get(0).getMessage();
		assertTrue(message, message.contains("as NETWORK is borderline: smax = 0.250 lies within 0.050 of its threshold 0.280"));

		assertNotFlagged(a, RuleCatalog.W14_BORDERLINE_TYPE);
	}
}
