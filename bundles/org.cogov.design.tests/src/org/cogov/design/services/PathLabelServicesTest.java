/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.services;

import static org.junit.Assert.assertEquals;

import org.cogov.design.tests.EnterpriseLedCounty;
import org.junit.Test;

public class PathLabelServicesTest {

	private final EnterpriseLedCounty county = new EnterpriseLedCounty();
	private final PathLabelServices services = new PathLabelServices();

	@Test
	public void pathElementsShowTheirClassification() {
		assertEquals("本地技术能力薄弱\nT1 · 技术 · 弱 · 制约", services.factorLabel(county.weakTechnology)); //$NON-NLS-1$
		assertEquals("角色配置 role allocation", services.effectLabel(county.effect)); //$NON-NLS-1$
		assertEquals("技术赋能\nTE · 技术赋能 · 弱", services.mechanismLabel(county.empowerment)); //$NON-NLS-1$
		assertEquals("职责不清\nResponsibilities · 职责不清 · 高 · unresolved", services.difficultyLabel(county.unclear)); //$NON-NLS-1$
	}

	@Test
	public void otherElementsGetNoLabel() {
		assertEquals("", services.factorLabel(county.firm)); //$NON-NLS-1$
		assertEquals("", services.effectLabel(null)); //$NON-NLS-1$
	}
}
