/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.tests.CaseBuilder.body;
import static org.cogov.analysis.tests.CaseBuilder.item;
import static org.cogov.analysis.tests.RuleFindings.assertFlaggedOnly;
import static org.cogov.analysis.tests.RuleFindings.assertNotFlagged;

import org.cogov.analysis.tests.TinyCase;
import org.cogov.model.BodyKind;
import org.cogov.model.DecisionDomain;
import org.cogov.model.DecisionItem;
import org.cogov.model.DecisionRule;
import org.cogov.model.RightKind;
import org.junit.Test;

/** COGOV-E17. */
public class NamingRulesTest {

	@Test
	public void e17NameRepeatedAmongSiblings() {
		TinyCase m = new TinyCase();
		item(m.phase, "Budget", DecisionDomain.BUDGET, RightKind.FINAL, m.go);
		DecisionItem second = item(m.phase, "Budget", DecisionDomain.VENDOR, RightKind.FINAL, m.da);
		assertFlaggedOnly(m.platformCase, RuleCatalog.E17_UNIQUE_NAME, second);

		second.setName("Vendor");
		assertNotFlagged(m.platformCase, RuleCatalog.E17_UNIQUE_NAME);
	}

	@Test
	public void e17NameRepeatedInAnotherListOfTheSameElement() {
		TinyCase m = new TinyCase();
		body(m.phase, "Strategy", BodyKind.LEADING_GROUP, DecisionRule.HIERARCHICAL, m.go, 4, m.go, m.da);
		DecisionItem item = item(m.phase, "Strategy", DecisionDomain.STRATEGY, RightKind.FINAL, m.go);
		// a body and an item of one phase share the phase's qualified name: 'Strategy' would be ambiguous
		assertFlaggedOnly(m.platformCase, RuleCatalog.E17_UNIQUE_NAME, item);

		item.setName("StrategyItem");
		assertNotFlagged(m.platformCase, RuleCatalog.E17_UNIQUE_NAME);
	}
}
