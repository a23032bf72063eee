/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.tests;

import static org.cogov.analysis.tests.CaseBuilder.*;
import static org.cogov.analysis.tests.IllustrativeCases.source;

import org.cogov.model.*;

/**
 * County D: a western county whose leaders pay close attention, a government-led platform. A hierarchical
 * leading group chaired by the government office sets strategy, evaluation and disputes; the data authority
 * decides data rules, commercial use, architecture, vendors and scenarios and runs the platform itself; the firms
 * are paid fixed fees; data sharing is hub-and-spoke around the data authority.
 */
final class CountyD {

	private CountyD() {
	}

	static PlatformCase build(Study study) {
		PlatformCase d = platformCase(study, "CountyD", "D县");
		region(d, AdministrativeLevel.COUNTY, Zone.WEST, Rating.LOW, CharacteristicKind.LEADERSHIP_ATTENTION,
				"county party secretary chairs the digital reform");
		platform(d, "CollabPlatform", "D县一网协同平台", PlatformKind.GOVERNMENT_COLLABORATION, "2020-09-01");
		GovernmentDepartment da = department(d, "DA", "大数据中心", DepartmentKind.DATA_AUTHORITY);
		GovernmentDepartment go = department(d, "GO", "县政府办公室", DepartmentKind.GOVERNMENT_OFFICE);
		GovernmentDepartment ps = department(d, "PS", "公安局", DepartmentKind.PUBLIC_SECURITY);
		GovernmentDepartment hr = department(d, "HR", "人社局", DepartmentKind.HUMAN_RESOURCES);
		GovernmentDepartment he = department(d, "HE", "卫健局", DepartmentKind.HEALTH);
		GovernmentDepartment ca = department(d, "CA", "民政局", DepartmentKind.CIVIL_AFFAIRS);
		GovernmentDepartment ag = department(d, "AG", "农业农村局", DepartmentKind.AGRICULTURE);
		Enterprise f1 = enterprise(d, "F1", "县属国企", OwnershipKind.LOCAL_SOE);
		f1.setLocal(true);
		Enterprise f2 = enterprise(d, "F2", "软件民企", OwnershipKind.PRIVATE);

		StructurePhase p = phase(d, "P1", "2020-03-01", null, StructureType.GOVERNMENT_LED);
		Agreement build = agreement(p, "BuildContract", AgreementKind.PROCUREMENT, "2020-04-01", da, f1);
		Agreement maintenance = agreement(p, "MaintenanceContract", AgreementKind.SERVICE_PURCHASE, "2020-09-01", da, f2);
		role(p, f1, RoleKind.BUILDER, build);
		role(p, f2, RoleKind.SERVICE_DELIVERER, maintenance);
		role(p, da, RoleKind.OPERATOR, null);
		role(p, da, RoleKind.PLANNER, null);
		role(p, da, RoleKind.DATA_STEWARD, null);
		role(p, go, RoleKind.INITIATOR, null);
		role(p, go, RoleKind.FUNDER, null);
		role(p, go, RoleKind.EVALUATOR, null);
		for (Actor provider : new Actor[] { ps, hr, he, ca, ag }) {
			role(p, provider, RoleKind.DATA_PROVIDER, null);
		}
		responsibility(p, "Operations", ResponsibilityCategory.OPERATION, da, f2);
		responsibility(p, "Construction", ResponsibilityCategory.CONSTRUCTION, da, f1);
		responsibility(p, "DataSupply", ResponsibilityCategory.DATA_SHARING, da, ps, hr, he, ca, ag);
		responsibility(p, "Oversight", ResponsibilityCategory.SUPERVISION, go);
		BenefitPool fees = pool(p, "Fees");
		benefit(fees, f1, 0.7, BenefitType.FIXED_FEE);
		benefit(fees, f2, 0.3, BenefitType.FIXED_FEE);
		owner(asset(p, "PlatformIP", AssetKind.PLATFORM_IP, Hosting.GOVERNMENT_CLOUD, da, false), da, 1.0);
		owner(asset(p, "GovCloud", AssetKind.INFRASTRUCTURE, Hosting.GOVERNMENT_CLOUD, da, false), da, 1.0);
		owner(asset(p, "GovData", AssetKind.GOVERNMENT_DATA, Hosting.GOVERNMENT_CLOUD, da, false), da, 1.0);
		DecisionBody group = body(p, "LeadingGroup", BodyKind.LEADING_GROUP, DecisionRule.HIERARCHICAL, go, 6, go, da, ps, hr, he, ca, ag);
		item(p, "Strategy", DecisionDomain.STRATEGY, RightKind.FINAL, group);
		item(p, "Budget", DecisionDomain.BUDGET, RightKind.FINAL, go);
		item(p, "Evaluation", DecisionDomain.EVALUATION, RightKind.FINAL, group);
		item(p, "Disputes", DecisionDomain.DISPUTES, RightKind.FINAL, group);
		item(p, "DataRules", DecisionDomain.DATA_SHARING_RULES, RightKind.FINAL, da);
		item(p, "CommercialUse", DecisionDomain.COMMERCIAL_DATA_USE, RightKind.FINAL, da);
		item(p, "Architecture", DecisionDomain.ARCHITECTURE, RightKind.FINAL, da);
		item(p, "Vendor", DecisionDomain.VENDOR, RightKind.FINAL, da);
		right(item(p, "Scenarios", DecisionDomain.SCENARIO_PRIORITY, RightKind.FINAL, da), group, RightKind.CONSULTED);

		link(d, "L1", da, ps, LinkKind.DATA_SHARING, LinkDirection.MUTUAL, "2020-09-01");
		link(d, "L2", hr, da, LinkKind.DATA_SHARING, LinkDirection.ONE_WAY, "2020-09-01");
		link(d, "L3", he, da, LinkKind.DATA_SHARING, LinkDirection.ONE_WAY, "2020-10-01");
		link(d, "L4", ca, da, LinkKind.DATA_SHARING, LinkDirection.ONE_WAY, "2020-10-01");
		link(d, "L5", ag, da, LinkKind.DATA_SHARING, LinkDirection.ONE_WAY, "2020-11-01");
		link(d, "L6", go, da, LinkKind.JOINT_DECISION, LinkDirection.MUTUAL, "2020-03-15").setMediation(Mediation.DIRECT);

		effect(factor(d, "T1", "基础设施一般", FactorDimension.TECHNOLOGICAL, Strength.MODERATE, FactorDirection.ENABLING),
				StructureAspect.ROLE_ALLOCATION, p, "the data centre could run the platform itself",
				evidence(source(study, "G02"), ProcessTracingTest.HOOP));
		effect(factor(d, "O1", "主要领导高度重视", FactorDimension.ORGANISATIONAL, Strength.STRONG, FactorDirection.ENABLING),
				StructureAspect.DECISION_STRUCTURE, p, "the leading group decides",
				evidence(source(study, "G02"), ProcessTracingTest.SMOKING_GUN));
		effect(factor(d, "I1", "省级数字化改革要求", FactorDimension.INSTITUTIONAL, Strength.STRONG, FactorDirection.ENABLING),
				StructureAspect.STRUCTURE_TYPE, p, "a provincial mandate set the timetable",
				evidence(source(study, "D05"), ProcessTracingTest.HOOP));
		Mechanism vi = mechanism(d, "AdministrativeIntegration", MechanismKind.VALUE_INTEGRATION, Strength.MODERATE, p,
				evidence(source(study, "G02"), ProcessTracingTest.HOOP), evidence(source(study, "E02"), ProcessTracingTest.STRAW_IN_THE_WIND));
		vi.getIndicators().add(MechanismIndicator.SHARED_GOAL_DOCUMENT);
		vi.getAddresses().add(DifficultyKind.NO_COMMON_GOALS);
		difficulty(d, "NoCommonGoals", DifficultyKind.NO_COMMON_GOALS, vi, evidence(source(study, "G02"), ProcessTracingTest.HOOP));
		Event group2 = event(d, "LeadingGroupSet", "2020-02-15", EventKind.BODY_ESTABLISHED);
		Event launch = event(d, "Launch", "2020-09-01", EventKind.PLATFORM_LAUNCH);
		claim(d, "GroupToLaunch", group2, launch, evidence(source(study, "D05"), ProcessTracingTest.SMOKING_GUN));
		return d;
	}
}
