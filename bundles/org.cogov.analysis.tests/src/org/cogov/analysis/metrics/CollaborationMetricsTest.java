/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.metrics;

import static org.cogov.analysis.tests.CaseBuilder.body;
import static org.cogov.analysis.tests.CaseBuilder.date;
import static org.cogov.analysis.tests.CaseBuilder.department;
import static org.cogov.analysis.tests.CaseBuilder.item;
import static org.cogov.analysis.tests.CaseBuilder.link;
import static org.cogov.analysis.tests.CaseBuilder.member;
import static org.cogov.analysis.tests.CaseBuilder.right;
import static org.cogov.analysis.tests.CaseBuilder.responsibility;
import static org.junit.Assert.assertEquals;

import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.analysis.tests.TinyCase;
import org.cogov.model.BodyKind;
import org.cogov.model.CollaborationLink;
import org.cogov.model.DecisionBody;
import org.cogov.model.DecisionDomain;
import org.cogov.model.DecisionItem;
import org.cogov.model.DecisionRule;
import org.cogov.model.DepartmentKind;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.LinkDirection;
import org.cogov.model.LinkKind;
import org.cogov.model.LinkStatus;
import org.cogov.model.Mediation;
import org.cogov.model.ResponsibilityCategory;
import org.cogov.model.RightKind;
import org.cogov.model.SharingCategory;
import org.junit.Test;

/**
 * Collaboration metrics on a network of 5 departments computed by hand: DA (the data authority), GO and PS from
 * the tiny case plus HR and HE. Phase P2 runs from 2021-01-01.
 */
public class CollaborationMetricsTest {

	private static final double EPS = 1e-9;

	@Test
	public void fiveDepartmentNetworkByHand() {
		TinyCase m = new TinyCase();
		GovernmentDepartment hr = department(m.platformCase, "HR", null, DepartmentKind.HUMAN_RESOURCES);
		GovernmentDepartment he = department(m.platformCase, "HE", null, DepartmentKind.HEALTH);
		GovernmentDepartment da = m.da;
		GovernmentDepartment go = m.go;
		GovernmentDepartment ps = m.ps;
		link(m.platformCase, "L1", da, go, LinkKind.DATA_SHARING, LinkDirection.MUTUAL, "2021-02-01");
		link(m.platformCase, "L2", da, ps, LinkKind.DATA_SHARING, LinkDirection.ONE_WAY, "2021-02-01");
		link(m.platformCase, "L3", ps, da, LinkKind.DATA_SHARING, LinkDirection.ONE_WAY, "2021-02-01").setMediation(Mediation.DIRECT);
		link(m.platformCase, "L4", go, ps, LinkKind.JOINT_PROJECT, LinkDirection.MUTUAL, "2021-03-01").setMediation(Mediation.DIRECT);
		link(m.platformCase, "L5", go, ps, LinkKind.DATA_SHARING, LinkDirection.ONE_WAY, "2021-03-01");
		// ignored: planned, before the phase, refused sharing, self-loop, enterprise endpoint
		link(m.platformCase, "L6", hr, da, LinkKind.DATA_SHARING, LinkDirection.MUTUAL, "2021-02-01").setStatus(LinkStatus.PLANNED);
		CollaborationLink old = link(m.platformCase, "L7", he, go, LinkKind.SECONDMENT, LinkDirection.MUTUAL, "2019-01-01");
		old.setValidTo(date("2020-12-31"));
		link(m.platformCase, "L8", he, da, LinkKind.DATA_SHARING, LinkDirection.ONE_WAY, "2021-02-01").setSharing(SharingCategory.NOT_SHARED);
		link(m.platformCase, "L9", hr, hr, LinkKind.JOINT_SERVICE, LinkDirection.MUTUAL, "2021-02-01");
		link(m.platformCase, "L10", he, m.csoe, LinkKind.JOINT_PROJECT, LinkDirection.MUTUAL, "2021-02-01");

		DecisionBody joint = body(m.phase, "Joint", BodyKind.JOINT_MEETING, DecisionRule.CONSENSUS, da, 12, da, go);
		member(joint, ps, false, 1);
		DecisionBody group = body(m.phase, "Group", BodyKind.LEADING_GROUP, DecisionRule.HIERARCHICAL, go, 4, go, ps, hr);
		item(m.phase, "Strategy", DecisionDomain.STRATEGY, RightKind.FINAL, joint);
		DecisionItem budget = item(m.phase, "Budget", DecisionDomain.BUDGET, RightKind.FINAL, da);
		right(budget, hr, RightKind.PROPOSE);
		right(budget, he, RightKind.CONSULTED);
		item(m.phase, "Vendor", DecisionDomain.VENDOR, RightKind.FINAL, group);
		DecisionItem arch = item(m.phase, "Architecture", DecisionDomain.ARCHITECTURE, RightKind.FINAL, he);
		arch.setWeight(3);
		right(arch, joint, RightKind.PROPOSE);
		responsibility(m.phase, "R1", ResponsibilityCategory.OPERATION, da);
		responsibility(m.phase, "R2", ResponsibilityCategory.FUNDING, go).getAccountable().add(da);
		responsibility(m.phase, "R3", ResponsibilityCategory.SERVICE, null, ps);
		responsibility(m.phase, "R4", ResponsibilityCategory.DATA_QUALITY, ps);

		CollaborationMetrics metrics = CollaborationMetrics.of(m.platformCase, m.phase,
				ClassificationParameters.defaults()::weightOf);
		// D = {DA, GO, PS, HR, HE}, n = 5; ties T = {DA-GO, DA-PS, GO-PS}
		assertEquals(5, metrics.departments());
		assertEquals(3, metrics.ties());
		// density = 3 / (5*4/2) = 0.3
		assertEquals(0.3, metrics.density(), EPS);
		// degrees DA 2, GO 2, PS 2, HR 0, HE 0; sum(2 - d) = 4; (n-1)(n-2) = 12 -> 1/3
		assertEquals(1.0 / 3, metrics.centralisation(), EPS);
		// platform links L1, L2, L5 reach DA, GO, PS -> 3/5
		assertEquals(0.6, metrics.reach(), EPS);
		// HR and HE are isolated -> 2/5
		assertEquals(0.4, metrics.isolateShare(), EPS);
		// data dyads DA-GO (mutual), DA-PS (two opposite one-way links: mutual), GO-PS (one way) -> 2/3
		assertEquals(2.0 / 3, metrics.reciprocity(), EPS);
		// only GO-PS avoids the data authority -> 1/3
		assertEquals(1.0 / 3, metrics.lateralShare(), EPS);
		// kinds per tie 1, 1, 2 (data + joint project) -> 4/3
		assertEquals(4.0 / 3, metrics.multiplexity(), EPS);
		// DII, v per (DA, GO, PS, HR, HE):
		// Strategy (w 2): consensus body, DA and GO vote (1), PS observes (0.25) -> 2.25/5 = 0.45
		// Budget (w 1): DA final 1, HR propose 0.5, HE consulted 0.25 -> 1.75/5 = 0.35
		// Vendor (w 1): hierarchical body chaired by GO: GO 1, PS and HR members 0.25 -> 1.5/5 = 0.3
		// Architecture (w 3): HE final 1; body proposes, capping DA, GO at 0.5 and observer PS at 0.25 -> 2.25/5 = 0.45
		// (2*0.45 + 0.35 + 0.3 + 3*0.45) / 7 = 2.9/7
		assertEquals(2.9 / 7, metrics.dii(), EPS);
		// R1 and R4 have exactly one accountable actor, R2 two, R3 none -> 2/4
		assertEquals(0.5, metrics.responsibilityClarity(), EPS);
		// IDCI = (0.3 + 0.6 + (1 - 0.4) + 2/3 + 2.9/7) / 5
		assertEquals((0.3 + 0.6 + 0.6 + 2.0 / 3 + 2.9 / 7) / 5, metrics.idci(), EPS);
		assertEquals(0.6, metrics.idciParts().get(Metric.ISOLATE_SHARE), EPS);
	}

	@Test
	public void emptyCasesGiveZerosNotDivisionErrors() {
		TinyCase m = new TinyCase(); // 3 departments, no links, no decisions, no responsibilities
		CollaborationMetrics metrics = CollaborationMetrics.of(m.platformCase, m.phase, ClassificationParameters.defaults()::weightOf);
		assertEquals(0, metrics.density(), EPS);
		assertEquals(0, metrics.centralisation(), EPS);
		assertEquals(1, metrics.isolateShare(), EPS);
		assertEquals(0, metrics.reciprocity(), EPS);
		assertEquals(0, metrics.lateralShare(), EPS);
		assertEquals(0, metrics.multiplexity(), EPS);
		assertEquals(0, metrics.dii(), EPS);
		assertEquals(0, metrics.responsibilityClarity(), EPS);
		assertEquals(0, metrics.idci(), EPS);
	}

	@Test
	public void centralisationIsZeroBelowThreeDepartments() {
		TinyCase m = new TinyCase();
		m.platformCase.getActors().remove(m.ps);
		link(m.platformCase, "L1", m.da, m.go, LinkKind.DATA_SHARING, LinkDirection.MUTUAL, "2021-02-01");
		CollaborationMetrics metrics = CollaborationMetrics.of(m.platformCase, m.phase, ClassificationParameters.defaults()::weightOf);
		assertEquals(1, metrics.density(), EPS);
		assertEquals(0, metrics.centralisation(), EPS);
	}
}
