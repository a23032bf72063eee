/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.services;

import static org.junit.Assert.assertEquals;

import org.cogov.design.tests.EnterpriseLedCounty;
import org.cogov.design.tests.FakeViews;
import org.cogov.model.Membership;
import org.junit.Test;

public class DecisionLabelServicesTest {

	private final EnterpriseLedCounty county = new EnterpriseLedCounty();
	private final DecisionLabelServices services = new DecisionLabelServices();

	@Test
	public void actorsShowTheirDecisionShareInThePhaseOfTheDiagram() {
		FakeViews views = new FakeViews(county.phase);
		assertEquals("外地数字农业公司\nEF · 60%", services.actorShareLabel(county.firm, views.node(county.firm))); //$NON-NLS-1$
		assertEquals("县政府办公室\nGO · 30%", services.actorShareLabel(county.office, views.node(county.office))); //$NON-NLS-1$
		assertEquals("no share, no percentage", "数据中心\nDA", services.actorShareLabel(county.dataAuthority, county.phase)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	public void bodiesShowKindRuleAndMeetings() {
		assertEquals("平台运营中心\nOC · 运营中心 · 层级决策 · 12/yr", services.bodyLabel(county.centre)); //$NON-NLS-1$
		assertEquals("数字农业工作专班\nTF · 工作专班 · 层级决策 · 0/yr", services.bodyLabel(county.taskForce)); //$NON-NLS-1$
	}

	@Test
	public void membersShowChairVoteAndWeight() {
		Membership firm = county.centre.getMembers().get(0);
		Membership dataAuthority = county.centre.getMembers().get(1);
		assertEquals("EF 外地数字农业公司 · chair · voting", services.membershipLabel(firm)); //$NON-NLS-1$
		assertEquals("DA 数据中心 · voting", services.membershipLabel(dataAuthority)); //$NON-NLS-1$
		dataAuthority.setWeight(2);
		assertEquals("DA 数据中心 · voting · weight 2", services.membershipLabel(dataAuthority)); //$NON-NLS-1$
		dataAuthority.setVoting(false);
		assertEquals("DA 数据中心 · non-voting", services.membershipLabel(dataAuthority)); //$NON-NLS-1$
	}

	@Test
	public void itemsShowDomainAndTheirWeightInTheShares() {
		assertEquals("数据共享规则\nSharingRules · 数据共享规则 · weight 2", services.decisionItemLabel(county.sharingRules)); //$NON-NLS-1$
		assertEquals("技术架构\nArchitecture · 架构与标准 · weight 1", services.decisionItemLabel(county.architecture)); //$NON-NLS-1$
		county.architecture.setWeight(1.5);
		assertEquals("技术架构\nArchitecture · 架构与标准 · weight 1.50", services.decisionItemLabel(county.architecture)); //$NON-NLS-1$
	}

	@Test
	public void rightsReadInBothLanguages() {
		assertEquals("最终决定权 final", services.rightLabel(county.sharingRules.getRights().get(0))); //$NON-NLS-1$
		assertEquals("提议权 propose", services.rightLabel(county.disputes.getRights().get(0))); //$NON-NLS-1$
		assertEquals("", services.rightLabel(county.firm)); //$NON-NLS-1$
	}
}
