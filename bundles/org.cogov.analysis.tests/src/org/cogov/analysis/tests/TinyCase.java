/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.tests;

import static org.cogov.analysis.tests.CaseBuilder.*;

import org.cogov.model.*;

/**
 * The smallest model a rule test starts from: a study with one interviewee per side, case 'CountyA' with the data
 * authority DA, the government office GO, the public security bureau PS and the enterprise CSOE, and an open
 * phase 'P2' from 2021-01-01. Tests add the few elements that break one rule.
 */
public final class TinyCase {

	public final Study study = study("Tiny");
	public final Interviewee government = interviewee(study, "G01", Side.GOVERNMENT, "section chief", "2023-03-01");
	public final Interviewee enterprise = interviewee(study, "E01", Side.ENTERPRISE, "project manager", "2023-03-02");
	public final PlatformCase platformCase = platformCase(study, "CountyA", "A县");
	public final GovernmentDepartment da = department(platformCase, "DA", "大数据局", DepartmentKind.DATA_AUTHORITY);
	public final GovernmentDepartment go = department(platformCase, "GO", "县政府办公室", DepartmentKind.GOVERNMENT_OFFICE);
	public final GovernmentDepartment ps = department(platformCase, "PS", "公安局", DepartmentKind.PUBLIC_SECURITY);
	public final Enterprise csoe = enterprise(platformCase, "CSOE", "央企数字公司", OwnershipKind.CENTRAL_SOE);
	public final StructurePhase phase = phase(platformCase, "P2", "2021-01-01", null, StructureType.UNSET);

	/** Evidence from the government interviewee. */
	public EvidenceRef governmentSays(ProcessTracingTest test) {
		return evidence(government, test);
	}

	/** Evidence from the enterprise interviewee. */
	public EvidenceRef enterpriseSays(ProcessTracingTest test) {
		return evidence(enterprise, test);
	}
}
