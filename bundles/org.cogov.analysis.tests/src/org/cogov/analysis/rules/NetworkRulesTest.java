/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.tests.CaseBuilder.date;
import static org.cogov.analysis.tests.CaseBuilder.department;
import static org.cogov.analysis.tests.CaseBuilder.link;
import static org.cogov.analysis.tests.RuleFindings.assertFlaggedOnly;
import static org.cogov.analysis.tests.RuleFindings.assertNotFlagged;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.cogov.analysis.tests.CaseBuilder;
import org.cogov.analysis.tests.TinyCase;
import org.cogov.model.CogovPackage.Literals;
import org.cogov.model.CollaborationLink;
import org.cogov.model.DepartmentKind;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.LinkDirection;
import org.cogov.model.LinkKind;
import org.cogov.model.LinkStatus;
import org.cogov.model.PlatformCase;
import org.junit.Test;

/** COGOV-E08, E09, W01 and W09. */
public class NetworkRulesTest {

	@Test
	public void e08LinkFromADepartmentToItself() {
		TinyCase m = new TinyCase();
		CollaborationLink loop = link(m.platformCase, "L1", m.ps, m.ps, LinkKind.DATA_SHARING, LinkDirection.ONE_WAY, "2021-03-01");
		assertFlaggedOnly(m.platformCase, RuleCatalog.E08_SELF_LOOP, loop);

		loop.setTo(m.da);
		assertNotFlagged(m.platformCase, RuleCatalog.E08_SELF_LOOP);
	}

	@Test
	public void e09EndpointThatIsAnEnterprise() {
		TinyCase m = new TinyCase();
		CollaborationLink link = link(m.platformCase, "L1", m.ps, m.csoe, LinkKind.DATA_SHARING, LinkDirection.ONE_WAY, "2021-03-01");
		RuleDiagnostic hit = assertFlaggedOnly(m.platformCase, RuleCatalog.E09_LINK_ENDPOINT, link).get(0);
		assertEquals(Literals.COLLABORATION_LINK__TO, hit.getFeature());
		assertTrue(hit.getMessage(), hit.getMessage().contains("second endpoint"));

		link.setTo(m.da);
		assertNotFlagged(m.platformCase, RuleCatalog.E09_LINK_ENDPOINT);
	}

	@Test
	public void e09EndpointThatIsADepartmentOfAnotherCase() {
		TinyCase m = new TinyCase();
		PlatformCase other = CaseBuilder.platformCase(m.study, "CountyB", null);
		GovernmentDepartment foreign = department(other, "PS", null, DepartmentKind.PUBLIC_SECURITY);
		CollaborationLink link = link(m.platformCase, "L1", foreign, m.da, LinkKind.DATA_SHARING, LinkDirection.ONE_WAY, "2021-03-01");
		assertEquals(Literals.COLLABORATION_LINK__FROM,
				assertFlaggedOnly(m.study, RuleCatalog.E09_LINK_ENDPOINT, link).get(0).getFeature());

		link.setFrom(m.ps);
		assertNotFlagged(m.study, RuleCatalog.E09_LINK_ENDPOINT);
	}

	@Test
	public void w01IsolatedDepartment() {
		TinyCase m = new TinyCase();
		link(m.platformCase, "L1", m.ps, m.da, LinkKind.DATA_SHARING, LinkDirection.ONE_WAY, "2021-03-01");
		CollaborationLink planned = link(m.platformCase, "L2", m.go, m.da, LinkKind.JOINT_DECISION, LinkDirection.MUTUAL, "2021-03-01");
		planned.setStatus(LinkStatus.PLANNED); // a planned link is no tie yet
		assertFlaggedOnly(m.platformCase, RuleCatalog.W01_ISOLATED_DEPARTMENT, m.go);

		planned.setStatus(LinkStatus.ACTIVE);
		assertNotFlagged(m.platformCase, RuleCatalog.W01_ISOLATED_DEPARTMENT);
	}

	@Test
	public void w01LinkOutsideEveryPhaseDoesNotCount() {
		TinyCase m = new TinyCase(); // the only phase starts 2021-01-01
		link(m.platformCase, "L1", m.ps, m.da, LinkKind.DATA_SHARING, LinkDirection.MUTUAL, "2021-03-01");
		CollaborationLink old = link(m.platformCase, "L2", m.go, m.da, LinkKind.JOINT_DECISION, LinkDirection.MUTUAL, "2019-01-01");
		old.setValidTo(date("2020-06-30"));
		assertFlaggedOnly(m.platformCase, RuleCatalog.W01_ISOLATED_DEPARTMENT, m.go);

		old.setValidTo(null);
		assertNotFlagged(m.platformCase, RuleCatalog.W01_ISOLATED_DEPARTMENT);
	}

	@Test
	public void w09OneWaySharingBetweenJointProjectPartners() {
		TinyCase m = new TinyCase();
		link(m.platformCase, "L0", m.go, m.da, LinkKind.JOINT_DECISION, LinkDirection.MUTUAL, "2021-01-01");
		CollaborationLink data = link(m.platformCase, "L1", m.ps, m.da, LinkKind.DATA_SHARING, LinkDirection.ONE_WAY, "2021-03-01");
		link(m.platformCase, "L2", m.da, m.ps, LinkKind.JOINT_PROJECT, LinkDirection.MUTUAL, "2021-04-01");
		assertFlaggedOnly(m.platformCase, RuleCatalog.W09_ONE_WAY_SHARING, data);

		link(m.platformCase, "L3", m.da, m.ps, LinkKind.DATA_SHARING, LinkDirection.ONE_WAY, "2021-05-01"); // data flows back
		assertNotFlagged(m.platformCase, RuleCatalog.W09_ONE_WAY_SHARING);
	}
}
