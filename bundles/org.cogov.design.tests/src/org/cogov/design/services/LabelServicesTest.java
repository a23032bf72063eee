/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.services;

import static org.junit.Assert.assertEquals;

import org.cogov.design.tests.EnterpriseLedCounty;
import org.cogov.model.RoleBasis;
import org.cogov.model.StructureType;
import org.junit.Test;

/** Labels of the role structure; Chinese words come from the model bundle's labels_zh.properties. */
public class LabelServicesTest {

	private final EnterpriseLedCounty county = new EnterpriseLedCounty();
	private final LabelServices services = new LabelServices();

	@Test
	public void theChineseLabelStandsOverTheIdentifier() {
		assertEquals("数据中心\nDA", services.displayLabel(county.dataAuthority)); //$NON-NLS-1$
		county.dataAuthority.setLabel(null);
		assertEquals("DA", services.displayLabel(county.dataAuthority)); //$NON-NLS-1$
		county.dataAuthority.setLabel("DA"); //$NON-NLS-1$
		assertEquals("a label equal to the name is not repeated", "DA", services.displayLabel(county.dataAuthority)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("RoleAssignment", services.displayLabel(county.builder)); //$NON-NLS-1$
	}

	@Test
	public void actorsShowTheirKind() {
		assertEquals("数据中心\nDA · 数据主管部门（大数据局）", services.actorLabel(county.dataAuthority)); //$NON-NLS-1$
		assertEquals("外地数字农业公司\nEF · 民营企业", services.actorLabel(county.firm)); //$NON-NLS-1$
		assertEquals("农技推广中心\nPI · 事业单位", services.actorLabel(county.institute)); //$NON-NLS-1$
	}

	@Test
	public void rolesReadInBothLanguagesWithTheirBasis() {
		assertEquals("建设者 builder · 合同", services.roleLabel(county.builder)); //$NON-NLS-1$
		assertEquals("数据管理者 data steward · 合同", services.roleLabel(county.steward)); //$NON-NLS-1$
		assertEquals("an unset basis is left out", "数据提供者 data provider", services.roleLabel(county.provider)); //$NON-NLS-1$ //$NON-NLS-2$
		county.provider.setBasis(RoleBasis.INFORMAL);
		assertEquals("数据提供者 data provider · 非正式安排", services.roleLabel(county.provider)); //$NON-NLS-1$
	}

	@Test
	public void responsibilitiesWarnAboutTheirAccountableActors() {
		assertEquals("Operations · 运营", services.responsibilityLabel(county.operations)); //$NON-NLS-1$
		assertEquals("DataSharing · 数据共享 · 0 accountable", services.responsibilityLabel(county.sharing)); //$NON-NLS-1$
	}

	@Test
	public void benefitSharesShowPercentageAndType() {
		assertEquals("100% · 特许经营费 concession fee", services.benefitShareLabel(county.concession)); //$NON-NLS-1$
		county.fees.setShare(0.125);
		assertEquals("13% · 固定费用 fixed fee", services.benefitShareLabel(county.fees)); //$NON-NLS-1$
	}

	@Test
	public void thePlatformShowsItsKindWhenKnown() {
		assertEquals("C县智慧农业大数据平台\nAgriCloud", services.platformLabel(county.model.platformCase().getPlatform())); //$NON-NLS-1$
		county.model.platformCase().getPlatform().setKind(org.cogov.model.PlatformKind.DATA_PLATFORM);
		assertEquals("C县智慧农业大数据平台\nAgriCloud · 政务数据平台", services.platformLabel(county.model.platformCase().getPlatform())); //$NON-NLS-1$
	}

	@Test
	public void phasesShowDeclaredAndComputedType() {
		assertEquals("特许经营\nP1 · declared 企业主导式 · computed 企业主导式", services.phaseLabel(county.phase)); //$NON-NLS-1$
		county.phase.setDeclaredType(StructureType.UNSET);
		assertEquals("特许经营\nP1 · computed 企业主导式", services.phaseLabel(county.phase)); //$NON-NLS-1$
	}
}
