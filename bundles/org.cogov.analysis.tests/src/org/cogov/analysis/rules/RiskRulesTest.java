/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.tests.CaseBuilder.agreement;
import static org.cogov.analysis.tests.CaseBuilder.asset;
import static org.cogov.analysis.tests.CaseBuilder.body;
import static org.cogov.analysis.tests.CaseBuilder.item;
import static org.cogov.analysis.tests.CaseBuilder.member;
import static org.cogov.analysis.tests.CaseBuilder.owner;
import static org.cogov.analysis.tests.CaseBuilder.right;
import static org.cogov.analysis.tests.CaseBuilder.role;
import static org.cogov.analysis.tests.RuleFindings.assertFlaggedOnly;
import static org.cogov.analysis.tests.RuleFindings.assertNotFlagged;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.cogov.analysis.tests.TinyCase;
import org.cogov.model.Agreement;
import org.cogov.model.AgreementKind;
import org.cogov.model.Asset;
import org.cogov.model.AssetKind;
import org.cogov.model.BodyKind;
import org.cogov.model.DecisionBody;
import org.cogov.model.DecisionDomain;
import org.cogov.model.DecisionItem;
import org.cogov.model.DecisionRule;
import org.cogov.model.Hosting;
import org.cogov.model.RightKind;
import org.cogov.model.RoleAssignment;
import org.cogov.model.RoleKind;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.Test;

/** COGOV-R01 to R04. */
public class RiskRulesTest {

	@Test
	public void r01EnterpriseHoldsHalfTheFinalSayOverDataRules() {
		TinyCase m = new TinyCase();
		DecisionItem rules = item(m.phase, "DataRules", DecisionDomain.DATA_SHARING_RULES, RightKind.FINAL, m.csoe, m.da);
		RuleDiagnostic hit = assertFlaggedOnly(m.platformCase, RuleCatalog.R01_ENTERPRISE_DATA_AUTHORITY, rules).get(0);
		assertTrue(hit.getMessage(), hit.getMessage().startsWith("COGOV-R01 Governance risk: Enterprise 'CSOE' holds 50% "));
		assertEquals(Diagnostic.WARNING, hit.getSeverity());
		assertTrue(hit.isRisk());

		rules.getRights().remove(0);
		assertNotFlagged(m.platformCase, RuleCatalog.R01_ENTERPRISE_DATA_AUTHORITY);
	}

	@Test
	public void r01AuthorityPassedThroughABodyCounts() {
		TinyCase m = new TinyCase();
		DecisionBody board = body(m.phase, "Board", BodyKind.JV_BOARD, DecisionRule.MAJORITY, m.da, 12);
		member(board, m.da, true, 1);
		member(board, m.csoe, true, 2);
		DecisionItem use = item(m.phase, "CommercialUse", DecisionDomain.COMMERCIAL_DATA_USE, RightKind.FINAL, board);
		assertFlaggedOnly(m.platformCase, RuleCatalog.R01_ENTERPRISE_DATA_AUTHORITY, use);

		board.setRule(DecisionRule.HIERARCHICAL); // the data authority chairs and decides
		assertNotFlagged(m.platformCase, RuleCatalog.R01_ENTERPRISE_DATA_AUTHORITY);
	}

	@Test
	public void r02GovernmentDataOwnedByAnEnterprise() {
		TinyCase m = new TinyCase();
		Asset data = asset(m.phase, "GovData", AssetKind.GOVERNMENT_DATA, Hosting.GOVERNMENT_CLOUD, m.da, false);
		owner(data, m.da, 0.9);
		owner(data, m.csoe, 0.1);
		assertFlaggedOnly(m.platformCase, RuleCatalog.R02_ENTERPRISE_OWNS_GOVERNMENT_DATA, data);

		data.getOwners().get(1).setOwner(m.ps);
		assertNotFlagged(m.platformCase, RuleCatalog.R02_ENTERPRISE_OWNS_GOVERNMENT_DATA);
	}

	@Test
	public void r03EnterpriseBuildsOperatesAndEvaluates() {
		TinyCase m = new TinyCase();
		Agreement contract = agreement(m.phase, "Contract", AgreementKind.PROCUREMENT, "2020-12-01", m.da, m.csoe);
		role(m.phase, m.csoe, RoleKind.BUILDER, contract);
		role(m.phase, m.csoe, RoleKind.OPERATOR, contract);
		RoleAssignment evaluator = role(m.phase, m.csoe, RoleKind.EVALUATOR, contract);
		assertFlaggedOnly(m.platformCase, RuleCatalog.R03_SELF_EVALUATION, m.phase);

		evaluator.setActor(m.go);
		evaluator.setAgreement(null);
		assertNotFlagged(m.platformCase, RuleCatalog.R03_SELF_EVALUATION);
	}

	@Test
	public void r04LockInWithoutExitClause() {
		TinyCase m = new TinyCase();
		Asset ip = asset(m.phase, "PlatformIP", AssetKind.PLATFORM_IP, Hosting.ENTERPRISE_CLOUD, m.csoe, false);
		owner(ip, m.csoe, 0.95);
		owner(ip, m.da, 0.05);
		Asset cloud = asset(m.phase, "Cloud", AssetKind.INFRASTRUCTURE, Hosting.ENTERPRISE_CLOUD, m.da, false);
		owner(cloud, m.csoe, 1.0); // on the firm's cloud and owned by it, though the data authority controls it
		assertFlaggedOnly(m.platformCase, RuleCatalog.R04_LOCK_IN, ip);

		cloud.setExitClause(true);
		assertNotFlagged(m.platformCase, RuleCatalog.R04_LOCK_IN);
	}
}
