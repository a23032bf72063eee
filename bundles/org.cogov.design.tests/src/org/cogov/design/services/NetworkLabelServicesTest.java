/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.services;

import static org.junit.Assert.assertEquals;

import org.cogov.design.tests.EnterpriseLedCounty;
import org.cogov.design.tests.FakeViews;
import org.junit.Test;

public class NetworkLabelServicesTest {

	private final EnterpriseLedCounty county = new EnterpriseLedCounty();
	private final NetworkLabelServices services = new NetworkLabelServices();

	@Test
	public void departmentsCountTheirTiesInThePeriodOfTheDiagram() {
		assertEquals("数据中心\nDA · 3 ties", services.departmentLabel(county.dataAuthority, new FakeViews(county.phase).node(county.dataAuthority))); //$NON-NLS-1$
		assertEquals("公安局\nPS · 1 tie", services.departmentLabel(county.police, county.phase)); //$NON-NLS-1$
		assertEquals("人社局\nHR · 0 ties", services.departmentLabel(county.humanResources, county.model.platformCase())); //$NON-NLS-1$
	}

	@Test
	public void linksShowKindMediationSharingAndAnUnusualStatus() {
		assertEquals("数据共享 data sharing · 平台中介 · 有条件共享", services.linkLabel(county.mutualData)); //$NON-NLS-1$
		assertEquals("数据共享 data sharing · 直接 · 有条件共享 · 计划中", services.linkLabel(county.planned)); //$NON-NLS-1$
		assertEquals("联合项目 joint project · 直接 · 已终止", services.linkLabel(county.ended)); //$NON-NLS-1$
	}
}
