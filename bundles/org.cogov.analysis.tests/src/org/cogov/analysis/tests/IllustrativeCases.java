/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.tests;

import static org.cogov.analysis.tests.CaseBuilder.document;
import static org.cogov.analysis.tests.CaseBuilder.interviewee;
import static org.cogov.analysis.tests.CaseBuilder.observation;

import org.cogov.model.DocumentKind;
import org.cogov.model.Interviewee;
import org.cogov.model.PlatformCase;
import org.cogov.model.Side;
import org.cogov.model.Source;
import org.cogov.model.Study;

/**
 * The four illustrative cases of the domain design (section 6; invented, not data from the thesis), built in
 * code in one study with interviewees of both sides, documents and an observation. Each call builds a fresh
 * study, so tests may change what they get.
 * <p>
 * Computed under the default {@code ClassificationParameters} (the test {@code IllustrativeCasesTest} keeps this
 * table honest; all values rounded to 3 decimals):
 * <table border="1">
 * <caption>Figures of the illustrative cases</caption>
 * <tr><th>case / phase</th><th>type</th><th>G</th><th>E</th><th>smax</th><th>lead</th><th>HHI*</th><th>nDec</th>
 * <th>density</th><th>centr.</th><th>reach</th><th>isolates</th><th>recipr.</th><th>lateral</th><th>multiplex.</th>
 * <th>DII</th><th>clarity</th><th>IDCI</th></tr>
 * <tr><td>CountyA / P1 (2019-06-01 to 2020-12-31)</td><td>GOVERNMENT_LED</td><td>1.000</td><td>0.000</td><td>0.571</td><td>DA</td><td>0.412</td><td>2</td><td>0.143</td><td>0.500</td><td>0.571</td><td>0.429</td><td>0.000</td><td>0.000</td><td>1.000</td><td>0.163</td><td>1.000</td><td>0.290</td></tr>
 * <tr><td>CountyA / P2 (from 2021-01-01)</td><td>NETWORK</td><td>0.9375</td><td>0.0625</td><td>0.250</td><td>GO</td><td>0.067</td><td>7</td><td>0.524</td><td>0.667</td><td>0.857</td><td>0.000</td><td>0.778</td><td>0.455</td><td>1.091</td><td>0.682</td><td>1.000</td><td>0.768</td></tr>
 * <tr><td>DistrictB / P1</td><td>CO_CREATION</td><td>0.644</td><td>0.356</td><td>0.553</td><td>DA</td><td>0.361</td><td>3</td><td>0.333</td><td>0.700</td><td>0.667</td><td>0.000</td><td>0.333</td><td>0.200</td><td>1.000</td><td>0.197</td><td>1.000</td><td>0.506</td></tr>
 * <tr><td>CountyC / P1</td><td>ENTERPRISE_LED</td><td>0.364</td><td>0.636</td><td>0.636</td><td>PF</td><td>0.421</td><td>2</td><td>0.200</td><td>0.600</td><td>0.333</td><td>0.333</td><td>0.000</td><td>0.000</td><td>1.000</td><td>0.106</td><td>0.667</td><td>0.261</td></tr>
 * <tr><td>CountyD / P1</td><td>GOVERNMENT_LED</td><td>1.000</td><td>0.000</td><td>0.583</td><td>DA</td><td>0.453</td><td>2</td><td>0.286</td><td>1.000</td><td>0.857</td><td>0.000</td><td>0.200</td><td>0.000</td><td>1.000</td><td>0.232</td><td>1.000</td><td>0.515</td></tr>
 * </table>
 * County C deliberately carries findings: COGOV-E01 (DataSecurity has no accountable actor), W01 (HE and CA are
 * isolated), R01 (the firm decides DataRules and CommercialUse), R03 (the firm builds, operates and evaluates)
 * and R04 (lock-in on PlatformIP). The other cases validate without findings.
 */
public final class IllustrativeCases {

	private IllustrativeCases() {
	}

	/** The study with its sources and the four cases A, B, C, D. */
	public static Study study() {
		Study study = CaseBuilder.study("IllustrativeStudy");
		study.setLabel("政企合作治理结构示例研究");
		interviewee(study, "G01", Side.GOVERNMENT, "section chief", "2023-03-14").setOrganisation("county data authority");
		interviewee(study, "G02", Side.GOVERNMENT, "deputy director", "2023-03-15").setOrganisation("county government office");
		interviewee(study, "G03", Side.GOVERNMENT, "division head", "2023-04-10").setOrganisation("district data authority");
		interviewee(study, "G04", Side.GOVERNMENT, "staff member", "2023-05-22").setOrganisation("agriculture bureau");
		interviewee(study, "E01", Side.ENTERPRISE, "project manager", "2023-03-16").setOrganisation("central SOE subsidiary");
		interviewee(study, "E02", Side.ENTERPRISE, "vice president", "2023-04-11").setOrganisation("local technology firm");
		interviewee(study, "E03", Side.ENTERPRISE, "operations engineer", "2023-05-23").setOrganisation("cloud service firm");
		Interviewee expert = interviewee(study, "O01", Side.OTHER, "professor", "2023-06-01");
		expert.setOrganisation("provincial university");
		document(study, "D01", "省级数字政府试点通知", DocumentKind.POLICY, "2020-05-10");
		document(study, "D02", "关于建立数据共享联席会议制度的通知", DocumentKind.POLICY, "2020-11-20");
		document(study, "D03", "合资公司章程", DocumentKind.CONTRACT, "2019-11-15");
		document(study, "D04", "特许经营协议", DocumentKind.CONTRACT, "2020-10-10");
		document(study, "D05", "数字化改革工作方案", DocumentKind.POLICY, "2020-02-20");
		observation(study, "OB01", "monthly joint meeting of County A", "2023-03-14");
		CountyA.build(study);
		DistrictB.build(study);
		CountyC.build(study);
		CountyD.build(study);
		return study;
	}

	/** County A, the network case, in a fresh study. */
	public static PlatformCase countyA() {
		return study().getCases().get(0);
	}

	/** District B, the co-creation case, in a fresh study. */
	public static PlatformCase districtB() {
		return study().getCases().get(1);
	}

	/** County C, the enterprise-led case, in a fresh study. */
	public static PlatformCase countyC() {
		return study().getCases().get(2);
	}

	/** County D, the government-led case, in a fresh study. */
	public static PlatformCase countyD() {
		return study().getCases().get(3);
	}

	/** A source of the study by its code. */
	static Source source(Study study, String code) {
		return study.getSources().stream().filter(s -> code.equals(s.getName())).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no source " + code));
	}
}
