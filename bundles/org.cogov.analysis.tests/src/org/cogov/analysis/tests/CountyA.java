/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.tests;

import static org.cogov.analysis.tests.CaseBuilder.*;
import static org.cogov.analysis.tests.IllustrativeCases.source;

import org.cogov.model.*;

/**
 * County A: an eastern pilot county that moved from a government-led pilot (P1) to a network platform (P2). In P2
 * the data authority chairs a monthly joint meeting of six departments and an operations centre with three
 * enterprises (a central SOE builds and operates, two private firms steward data and guard security); a leading
 * group chaired by the government office decides strategy with the joint meeting and settles disputes; budget is
 * final with the government office; the platform IP stays with the data authority.
 */
final class CountyA {

	private CountyA() {
	}

	static PlatformCase build(Study study) {
		PlatformCase a = platformCase(study, "CountyA", "A县");
		region(a, AdministrativeLevel.COUNTY, Zone.EAST, Rating.MEDIUM, CharacteristicKind.POLICY_PILOT,
				"provincial digital government pilot");
		platform(a, "DataPlatform", "A县政务数据平台", PlatformKind.DATA_PLATFORM, "2019-06-01");
		GovernmentDepartment da = department(a, "DA", "大数据局", DepartmentKind.DATA_AUTHORITY);
		GovernmentDepartment go = department(a, "GO", "县政府办公室", DepartmentKind.GOVERNMENT_OFFICE);
		GovernmentDepartment ps = department(a, "PS", "公安局", DepartmentKind.PUBLIC_SECURITY);
		ps.setLine(AdministrativeLine.VERTICAL);
		GovernmentDepartment hr = department(a, "HR", "人社局", DepartmentKind.HUMAN_RESOURCES);
		GovernmentDepartment he = department(a, "HE", "卫健局", DepartmentKind.HEALTH);
		GovernmentDepartment ca = department(a, "CA", "民政局", DepartmentKind.CIVIL_AFFAIRS);
		GovernmentDepartment mr = department(a, "MR", "市场监管局", DepartmentKind.MARKET_REGULATION);
		Enterprise csoe = enterprise(a, "CSOE", "央企数字公司", OwnershipKind.CENTRAL_SOE);
		Enterprise pf1 = enterprise(a, "PF1", "数据治理民企", OwnershipKind.PRIVATE);
		Enterprise pf2 = enterprise(a, "PF2", "安全民企", OwnershipKind.PRIVATE);
		OtherActor uni = otherActor(a, "Uni", "省大学智库", OtherActorKind.UNIVERSITY_THINK_TANK);

		StructurePhase p1 = phase(a, "P1", "2019-06-01", "2020-12-31", StructureType.GOVERNMENT_LED);
		Agreement pilot = agreement(p1, "PilotContract", AgreementKind.PROCUREMENT, "2019-05-20", da, csoe);
		role(p1, csoe, RoleKind.BUILDER, pilot);
		role(p1, da, RoleKind.PLANNER, null);
		role(p1, da, RoleKind.OPERATOR, null);
		role(p1, go, RoleKind.FUNDER, null);
		for (Actor provider : new Actor[] { ps, hr, he }) {
			role(p1, provider, RoleKind.DATA_PROVIDER, null);
		}
		responsibility(p1, "Construction", ResponsibilityCategory.CONSTRUCTION, da, csoe);
		responsibility(p1, "DataSupply", ResponsibilityCategory.DATA_SHARING, da, ps, hr, he);
		responsibility(p1, "Funding", ResponsibilityCategory.FUNDING, go);
		benefit(pool(p1, "PilotFees"), csoe, 1.0, BenefitType.FIXED_FEE);
		owner(asset(p1, "PilotIP", AssetKind.PLATFORM_IP, Hosting.GOVERNMENT_CLOUD, da, true), da, 1.0);
		owner(asset(p1, "GovData", AssetKind.GOVERNMENT_DATA, Hosting.GOVERNMENT_CLOUD, da, false), da, 1.0);
		DecisionBody pilotGroup = body(p1, "LeadingGroup", BodyKind.LEADING_GROUP, DecisionRule.HIERARCHICAL, go, 4, go, da, ps);
		item(p1, "Strategy", DecisionDomain.STRATEGY, RightKind.FINAL, pilotGroup);
		item(p1, "Budget", DecisionDomain.BUDGET, RightKind.FINAL, go);
		item(p1, "DataRules", DecisionDomain.DATA_SHARING_RULES, RightKind.FINAL, da);
		item(p1, "Architecture", DecisionDomain.ARCHITECTURE, RightKind.FINAL, da);
		item(p1, "Vendor", DecisionDomain.VENDOR, RightKind.FINAL, da);

		StructurePhase p2 = phase(a, "P2", "2021-01-01", null, StructureType.NETWORK);
		Agreement ops = agreement(p2, "OpsContract", AgreementKind.SERVICE_PURCHASE, "2020-12-01", da, csoe, pf1, pf2);
		role(p2, csoe, RoleKind.BUILDER, ops);
		role(p2, csoe, RoleKind.OPERATOR, ops);
		role(p2, pf1, RoleKind.DATA_STEWARD, ops);
		role(p2, pf2, RoleKind.SECURITY_GUARDIAN, ops);
		role(p2, da, RoleKind.PLANNER, null);
		role(p2, go, RoleKind.FUNDER, null);
		role(p2, uni, RoleKind.ADVISOR, null);
		for (Actor provider : new Actor[] { ps, hr, he, ca, mr }) {
			role(p2, provider, RoleKind.DATA_PROVIDER, null);
		}
		responsibility(p2, "Operations", ResponsibilityCategory.OPERATION, da, csoe);
		responsibility(p2, "DataQuality", ResponsibilityCategory.DATA_QUALITY, da, pf1, ps, hr, he, ca, mr);
		responsibility(p2, "Security", ResponsibilityCategory.DATA_SECURITY, da, pf2);
		responsibility(p2, "Funding", ResponsibilityCategory.FUNDING, go);
		responsibility(p2, "Oversight", ResponsibilityCategory.SUPERVISION, go, uni);
		BenefitPool fees = pool(p2, "ServiceFees");
		benefit(fees, csoe, 0.6, BenefitType.SERVICE_PURCHASE);
		benefit(fees, pf1, 0.25, BenefitType.SERVICE_PURCHASE);
		benefit(fees, pf2, 0.15, BenefitType.SERVICE_PURCHASE);
		owner(asset(p2, "PlatformIP", AssetKind.PLATFORM_IP, Hosting.GOVERNMENT_CLOUD, da, true), da, 1.0);
		owner(asset(p2, "GovCloud", AssetKind.INFRASTRUCTURE, Hosting.GOVERNMENT_CLOUD, csoe, true), da, 1.0);
		owner(asset(p2, "GovData", AssetKind.GOVERNMENT_DATA, Hosting.GOVERNMENT_CLOUD, da, false), da, 1.0);
		DecisionBody group = body(p2, "LeadingGroup", BodyKind.LEADING_GROUP, DecisionRule.HIERARCHICAL, go, 4, go, da, ps, hr, he, ca, mr);
		DecisionBody joint = body(p2, "JointMeeting", BodyKind.JOINT_MEETING, DecisionRule.CONSENSUS, da, 12, da, ps, hr, he, ca, mr);
		DecisionBody centre = body(p2, "OpsCentre", BodyKind.OPERATIONS_CENTRE, DecisionRule.MAJORITY, da, 52, da, csoe, pf1, pf2);
		item(p2, "Strategy", DecisionDomain.STRATEGY, RightKind.FINAL, group, joint);
		right(item(p2, "Budget", DecisionDomain.BUDGET, RightKind.FINAL, go), da, RightKind.PROPOSE);
		item(p2, "DataRules", DecisionDomain.DATA_SHARING_RULES, RightKind.FINAL, joint);
		item(p2, "CommercialUse", DecisionDomain.COMMERCIAL_DATA_USE, RightKind.FINAL, joint);
		right(item(p2, "Architecture", DecisionDomain.ARCHITECTURE, RightKind.FINAL, centre), joint, RightKind.CONSULTED);
		right(item(p2, "Vendor", DecisionDomain.VENDOR, RightKind.FINAL, da), centre, RightKind.CONSULTED);
		item(p2, "Scenarios", DecisionDomain.SCENARIO_PRIORITY, RightKind.FINAL, joint);
		item(p2, "Evaluation", DecisionDomain.EVALUATION, RightKind.FINAL, joint);
		item(p2, "Disputes", DecisionDomain.DISPUTES, RightKind.FINAL, group);

		links(a, da, go, ps, hr, he, ca, mr);
		pathModel(a, study, p2);
		return a;
	}

	/** P1: three one-way feeds into the data authority; P2: dense, mostly mutual and lateral platform links. */
	private static void links(PlatformCase a, GovernmentDepartment da, GovernmentDepartment go, GovernmentDepartment ps,
			GovernmentDepartment hr, GovernmentDepartment he, GovernmentDepartment ca, GovernmentDepartment mr) {
		ended(link(a, "L1", ps, da, LinkKind.DATA_SHARING, LinkDirection.ONE_WAY, "2019-09-01"));
		ended(link(a, "L2", hr, da, LinkKind.DATA_SHARING, LinkDirection.ONE_WAY, "2019-10-01"));
		ended(link(a, "L3", he, da, LinkKind.DATA_SHARING, LinkDirection.ONE_WAY, "2020-03-01"));
		link(a, "L4", da, ps, LinkKind.DATA_SHARING, LinkDirection.MUTUAL, "2021-03-01");
		link(a, "L5", da, hr, LinkKind.DATA_SHARING, LinkDirection.MUTUAL, "2021-03-01");
		link(a, "L6", da, he, LinkKind.DATA_SHARING, LinkDirection.MUTUAL, "2021-03-01");
		link(a, "L7", ca, da, LinkKind.DATA_SHARING, LinkDirection.ONE_WAY, "2021-03-01");
		link(a, "L8", da, mr, LinkKind.DATA_SHARING, LinkDirection.MUTUAL, "2021-03-01");
		link(a, "L9", ps, hr, LinkKind.DATA_SHARING, LinkDirection.MUTUAL, "2021-05-01");
		link(a, "L10", hr, ca, LinkKind.DATA_SHARING, LinkDirection.MUTUAL, "2021-05-01");
		link(a, "L11", he, ca, LinkKind.DATA_SHARING, LinkDirection.ONE_WAY, "2021-05-01");
		link(a, "L12", he, ca, LinkKind.JOINT_SERVICE, LinkDirection.MUTUAL, "2021-06-01");
		link(a, "L13", mr, ps, LinkKind.DATA_SHARING, LinkDirection.ONE_WAY, "2021-06-01");
		link(a, "L14", ps, mr, LinkKind.DATA_SHARING, LinkDirection.ONE_WAY, "2021-06-01");
		link(a, "L15", go, da, LinkKind.JOINT_DECISION, LinkDirection.MUTUAL, "2021-01-15").setMediation(Mediation.DIRECT);
		link(a, "L16", he, hr, LinkKind.JOINT_PROJECT, LinkDirection.MUTUAL, "2021-07-01").setMediation(Mediation.DIRECT);
	}

	private static void ended(CollaborationLink link) {
		link.setStatus(LinkStatus.ENDED);
		link.setValidTo(date("2020-12-31"));
	}

	/** Factors, mechanisms with evidence from both sides, difficulties and the timeline of the change to P2. */
	private static void pathModel(PlatformCase a, Study study, StructurePhase p2) {
		effect(factor(a, "T1", "统一数据标准能力", FactorDimension.TECHNOLOGICAL, Strength.STRONG, FactorDirection.ENABLING),
				StructureAspect.ROLE_ALLOCATION, p2, "standards let several firms work on one platform",
				evidence(source(study, "E01"), ProcessTracingTest.HOOP));
		effect(factor(a, "O1", "数据局长具有IT背景", FactorDimension.ORGANISATIONAL, Strength.STRONG, FactorDirection.ENABLING),
				StructureAspect.DECISION_STRUCTURE, p2, "director set up the joint meeting",
				evidence(source(study, "G01"), ProcessTracingTest.SMOKING_GUN));
		effect(factor(a, "I1", "省级试点", FactorDimension.INSTITUTIONAL, Strength.STRONG, FactorDirection.ENABLING),
				StructureAspect.STRUCTURE_TYPE, p2, "pilot status required cross-department governance",
				evidence(source(study, "D01"), ProcessTracingTest.HOOP));
		Mechanism vi = mechanism(a, "ValueIntegration", MechanismKind.VALUE_INTEGRATION, Strength.STRONG, p2,
				evidence(source(study, "G01"), ProcessTracingTest.SMOKING_GUN), evidence(source(study, "E01"), ProcessTracingTest.HOOP));
		vi.getIndicators().add(MechanismIndicator.JOINT_KPI);
		vi.getIndicators().add(MechanismIndicator.SHARED_GOAL_DOCUMENT);
		vi.getAddresses().add(DifficultyKind.UNCLEAR_RESPONSIBILITIES);
		vi.getAddresses().add(DifficultyKind.NO_COMMON_GOALS);
		Mechanism te = mechanism(a, "TechEmpowerment", MechanismKind.TECHNOLOGY_EMPOWERMENT, Strength.STRONG, p2,
				evidence(source(study, "G02"), ProcessTracingTest.HOOP), evidence(source(study, "E02"), ProcessTracingTest.SMOKING_GUN));
		te.getIndicators().add(MechanismIndicator.UNIFIED_STANDARD);
		te.getIndicators().add(MechanismIndicator.EMBEDDED_STAFF);
		te.getAddresses().add(DifficultyKind.LACK_OF_CAPACITY);
		difficulty(a, "UnclearDuties", DifficultyKind.UNCLEAR_RESPONSIBILITIES, vi, evidence(source(study, "G01"), ProcessTracingTest.HOOP));
		difficulty(a, "NoCapacity", DifficultyKind.LACK_OF_CAPACITY, te, evidence(source(study, "E01"), ProcessTracingTest.HOOP));
		event(a, "PilotLaunch", "2019-06-01", EventKind.PLATFORM_LAUNCH);
		Event policy = event(a, "PilotPolicy", "2020-06-15", EventKind.POLICY_ISSUED);
		Event jointMeeting = event(a, "JointMeetingEstablished", "2020-11-20", EventKind.BODY_ESTABLISHED);
		event(a, "OpsContractSigned", "2020-12-01", EventKind.AGREEMENT_SIGNED);
		Event surge = event(a, "SharingSurge", "2021-09-30", EventKind.OUTCOME_OBSERVED);
		claim(a, "PolicyToJointMeeting", policy, jointMeeting, evidence(source(study, "D02"), ProcessTracingTest.SMOKING_GUN),
				evidence(source(study, "G01"), ProcessTracingTest.HOOP));
		claim(a, "JointMeetingToSurge", jointMeeting, surge, evidence(source(study, "G02"), ProcessTracingTest.HOOP),
				evidence(source(study, "E01"), ProcessTracingTest.STRAW_IN_THE_WIND));
		outcome(a, "SharedDatasets", "datasets shared through the platform", 320, "datasets", "2021-12-31");
	}
}
