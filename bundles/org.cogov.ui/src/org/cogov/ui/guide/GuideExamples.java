/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.guide;

/**
 * CoGov text shown in the guide, after the README and the example study's County A (illustrative, invented). The
 * language's words are English whatever the workbench's language; labels are in Chinese as in the examples.
 */
@SuppressWarnings("nls")
final class GuideExamples {

	private GuideExamples() {
	}

	static final String SOURCES = """
			study Illustrative "四县政企合作治理示范研究"

			sources {
				interviewee G01 side government rank "deputy director" affiliation CountyA.DA date 2023-04-12
				interviewee E01 side enterprise rank "project manager" affiliation CountyA.CSOE date 2023-04-14
				document D01 "A县关于建立政务数据共享联席会议制度的通知" kind policy date 2020-11-05
				observation Obs1 "A县联席会议" setting "monthly joint meeting" date 2023-05-10
			}
			""";

	static final String CASE = """
			// examples/county-a.cogov (excerpt)
			study Illustrative

			case CountyA "A县" {
				region county zone east fiscal medium
				platform DataPlatform "A县政务数据平台" kind data-platform launched 2020-09-01
				department DA "大数据局" data-authority local
				department PS "公安局" public-security vertical
				enterprise CSOE "某央企数字科技公司" central-soe large capabilities cloud, integration
				enterprise PF1 "本地数据服务公司" private small local capabilities data-governance
				phase P2 "网络化阶段" from 2021-01-01 declared network {
					agreement Operate "平台建设运营合同" procurement parties DA, CSOE signed 2020-12-01
					role CSOE builder by contract under Operate
					responsibility Operations "平台运维" category operation accountable DA responsible CSOE, PF1
					benefit Fees { CSOE 70% fixed-fee  PF1 30% service-purchase }
					asset PlatformIP "平台知识产权" platform-ip owned by DA 100% controlled by DA exit-clause
					body JM "政务数据共享联席会议" joint-meeting chair DA rule consensus meets 12 per year members DA, PS
					decision SharingRules "数据共享规则" data-sharing-rules { final JM  propose DA }
				}
				factor O1 "大数据局统筹协调" organisational strong enabling score 0.85 {
					effect on decision-structure in P2 "the data authority set up the joint meeting" {
						evidence D01 at "art. 3" supports smoking-gun
					}
				}
				mechanism VI "价值整合" value-integration strong indicators joint-kpi addresses no-common-goals in P2 {
					evidence G01 at "p. 4" supports hoop
					evidence E01 at "p. 2" supports smoking-gun
				}
				link DA <-> PS data-sharing via-platform institutionalised unconditional from 2019-06-01
				difficulty Goals "缺乏共同目标" no-common-goals severity high affects PS resolved by VI {
					evidence G01 at "p. 2" supports hoop
				}
				event JointMeeting "联席会议制度建立" on 2020-11-05 body-established involves DA
				event Lateral "首批部门间横向共享" on 2021-05-01 link-created involves DA, PS
				claim JointMeeting causes Lateral {
					evidence G01 at "00:31:05" supports smoking-gun
				}
			}
			""";

	static final String RULE_SETTINGS = """
			# cogov-rules.properties
			COGOV-W01 = off
			COGOV-W06 = error
			""";
}
