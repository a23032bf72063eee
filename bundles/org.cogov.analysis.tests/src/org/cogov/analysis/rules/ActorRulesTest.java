/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.tests.CaseBuilder.agreement;
import static org.cogov.analysis.tests.CaseBuilder.department;
import static org.cogov.analysis.tests.CaseBuilder.factor;
import static org.cogov.analysis.tests.CaseBuilder.link;
import static org.cogov.analysis.tests.CaseBuilder.role;
import static org.cogov.analysis.tests.RuleFindings.assertFlaggedOnly;
import static org.cogov.analysis.tests.RuleFindings.assertNotFlagged;
import static org.junit.Assert.assertTrue;

import org.cogov.analysis.tests.TinyCase;
import org.cogov.model.AgreementKind;
import org.cogov.model.DepartmentKind;
import org.cogov.model.FactorDimension;
import org.cogov.model.FactorDirection;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.LinkDirection;
import org.cogov.model.LinkKind;
import org.cogov.model.RoleAssignment;
import org.cogov.model.RoleKind;
import org.cogov.model.Strength;
import org.junit.Test;

/** COGOV-W02, W03 and W10. */
public class ActorRulesTest {

	@Test
	public void w02CaseWithoutDataAuthority() {
		TinyCase m = new TinyCase();
		for (FactorDimension dimension : FactorDimension.values()) { // keep COGOV-W04 off the case
			factor(m.platformCase, dimension.getName().substring(0, 1) + "1", null, dimension, Strength.STRONG, FactorDirection.ENABLING);
		}
		m.da.setKind(DepartmentKind.OTHER);
		assertFlaggedOnly(m.platformCase, RuleCatalog.W02_NO_DATA_AUTHORITY, m.platformCase);

		m.da.setKind(DepartmentKind.DATA_AUTHORITY);
		assertNotFlagged(m.platformCase, RuleCatalog.W02_NO_DATA_AUTHORITY);
	}

	@Test
	public void w03DataAuthoritiesWithOverlappingScopes() {
		TinyCase m = new TinyCase();
		m.da.getDataScope().add("health");
		m.da.getDataScope().add("social");
		GovernmentDepartment centre = department(m.platformCase, "DC", "大数据中心", DepartmentKind.DATA_AUTHORITY);
		centre.getDataScope().add("social");
		link(m.platformCase, "L1", centre, m.da, LinkKind.JOINT_PROJECT, LinkDirection.MUTUAL, "2021-01-01");
		String message = assertFlaggedOnly(m.platformCase, RuleCatalog.W03_DATA_AUTHORITY_SCOPE, centre).get(0).getMessage();
		assertTrue(message, message.contains("(social)"));

		centre.getDataScope().set(0, "transport");
		assertNotFlagged(m.platformCase, RuleCatalog.W03_DATA_AUTHORITY_SCOPE);
		m.da.getDataScope().clear(); // an empty scope covers all data
		assertFlaggedOnly(m.platformCase, RuleCatalog.W03_DATA_AUTHORITY_SCOPE, centre);
	}

	@Test
	public void w10EnterpriseRoleWithoutAgreement() {
		TinyCase m = new TinyCase();
		RoleAssignment builder = role(m.phase, m.csoe, RoleKind.BUILDER, null);
		role(m.phase, m.da, RoleKind.PLANNER, null); // a department's role needs no contract
		assertFlaggedOnly(m.platformCase, RuleCatalog.W10_ENTERPRISE_ROLE_AGREEMENT, builder);

		builder.setAgreement(agreement(m.phase, "BuildContract", AgreementKind.PROCUREMENT, "2020-12-01", m.da, m.csoe));
		assertNotFlagged(m.platformCase, RuleCatalog.W10_ENTERPRISE_ROLE_AGREEMENT);
	}
}
