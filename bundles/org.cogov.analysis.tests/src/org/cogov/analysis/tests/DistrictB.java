/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.tests;

import static org.cogov.analysis.tests.CaseBuilder.*;
import static org.cogov.analysis.tests.IllustrativeCases.source;

import org.cogov.model.*;

/**
 * District B: an eastern urban district with strong local tech firms, a co-creation-and-sharing platform. A JV
 * board of the data authority and one private firm (votes 51/49 as the equity) decides strategy, architecture,
 * scenarios, evaluation, vendors and the commercial use of data; the platform IP and the data products are
 * co-owned 51/49; revenue share and equity dividend go to both partners.
 */
final class DistrictB {

	private DistrictB() {
	}

	static PlatformCase build(Study study) {
		PlatformCase b = platformCase(study, "DistrictB", "B区");
		region(b, AdministrativeLevel.DISTRICT, Zone.EAST, Rating.HIGH, CharacteristicKind.INDUSTRIAL,
				"strong local technology firms");
		platform(b, "CityBrain", "B区城市数据平台", PlatformKind.DATA_PLATFORM, "2020-06-01");
		GovernmentDepartment da = department(b, "DA", "区大数据局", DepartmentKind.DATA_AUTHORITY);
		GovernmentDepartment go = department(b, "GO", "区政府办公室", DepartmentKind.GOVERNMENT_OFFICE);
		GovernmentDepartment ps = department(b, "PS", "公安分局", DepartmentKind.PUBLIC_SECURITY);
		GovernmentDepartment hr = department(b, "HR", "人社局", DepartmentKind.HUMAN_RESOURCES);
		GovernmentDepartment he = department(b, "HE", "卫健局", DepartmentKind.HEALTH);
		GovernmentDepartment mr = department(b, "MR", "市场监管局", DepartmentKind.MARKET_REGULATION);
		Enterprise tf = enterprise(b, "TF", "本地科技企业", OwnershipKind.PRIVATE);
		tf.setLocal(true);
		tf.setScale(EnterpriseScale.LARGE);
		Enterprise sf = enterprise(b, "SF", "软件服务企业", OwnershipKind.PRIVATE);
		sf.setLocal(true);

		StructurePhase p = phase(b, "P1", "2020-01-01", null, StructureType.CO_CREATION);
		Agreement jv = agreement(p, "JVArticles", AgreementKind.JV_ARTICLES, "2019-11-15", da, tf);
		Agreement service = agreement(p, "ServiceContract", AgreementKind.SERVICE_PURCHASE, "2020-03-01", da, sf);
		role(p, tf, RoleKind.BUILDER, jv);
		role(p, tf, RoleKind.OPERATOR, jv);
		role(p, tf, RoleKind.CO_INVESTOR, jv);
		role(p, sf, RoleKind.SERVICE_DELIVERER, service);
		role(p, da, RoleKind.INITIATOR, null);
		role(p, da, RoleKind.PLANNER, null);
		role(p, da, RoleKind.DATA_STEWARD, null);
		role(p, go, RoleKind.FUNDER, null);
		for (Actor provider : new Actor[] { ps, hr, he, mr }) {
			role(p, provider, RoleKind.DATA_PROVIDER, null);
		}
		responsibility(p, "Operations", ResponsibilityCategory.OPERATION, tf);
		responsibility(p, "DataGovernance", ResponsibilityCategory.DATA_QUALITY, da, ps, hr, he, mr);
		responsibility(p, "Services", ResponsibilityCategory.SERVICE, da, sf);
		responsibility(p, "Funding", ResponsibilityCategory.FUNDING, go);
		BenefitPool revenue = pool(p, "Revenue");
		benefit(revenue, da, 0.51, BenefitType.REVENUE_SHARE);
		benefit(revenue, tf, 0.49, BenefitType.REVENUE_SHARE);
		BenefitPool dividends = pool(p, "Dividends");
		benefit(dividends, da, 0.51, BenefitType.EQUITY_DIVIDEND);
		benefit(dividends, tf, 0.49, BenefitType.EQUITY_DIVIDEND);
		benefit(pool(p, "ServiceFees"), sf, 1.0, BenefitType.FIXED_FEE);
		Asset ip = asset(p, "PlatformIP", AssetKind.PLATFORM_IP, Hosting.GOVERNMENT_CLOUD, tf, true);
		owner(ip, da, 0.51);
		owner(ip, tf, 0.49);
		Asset products = asset(p, "DataProducts", AssetKind.DERIVED_DATA_PRODUCT, Hosting.GOVERNMENT_CLOUD, tf, true);
		owner(products, da, 0.51);
		owner(products, tf, 0.49);
		owner(asset(p, "GovCloud", AssetKind.INFRASTRUCTURE, Hosting.GOVERNMENT_CLOUD, da, true), da, 1.0);
		owner(asset(p, "GovData", AssetKind.GOVERNMENT_DATA, Hosting.GOVERNMENT_CLOUD, da, false), da, 1.0);
		DecisionBody board = body(p, "JVBoard", BodyKind.JV_BOARD, DecisionRule.MAJORITY, da, 12);
		member(board, da, true, 0.51);
		member(board, tf, true, 0.49);
		DecisionBody joint = body(p, "JointMeeting", BodyKind.JOINT_MEETING, DecisionRule.CONSENSUS, da, 4, da, ps, hr, he, mr);
		item(p, "Strategy", DecisionDomain.STRATEGY, RightKind.FINAL, board);
		item(p, "Architecture", DecisionDomain.ARCHITECTURE, RightKind.FINAL, board);
		item(p, "Scenarios", DecisionDomain.SCENARIO_PRIORITY, RightKind.FINAL, board);
		item(p, "Evaluation", DecisionDomain.EVALUATION, RightKind.FINAL, board);
		item(p, "Vendor", DecisionDomain.VENDOR, RightKind.FINAL, board);
		item(p, "CommercialUse", DecisionDomain.COMMERCIAL_DATA_USE, RightKind.FINAL, board);
		item(p, "Budget", DecisionDomain.BUDGET, RightKind.FINAL, go);
		right(item(p, "DataRules", DecisionDomain.DATA_SHARING_RULES, RightKind.FINAL, da), joint, RightKind.CONSULTED);

		link(b, "L1", da, ps, LinkKind.DATA_SHARING, LinkDirection.MUTUAL, "2020-06-01");
		link(b, "L2", hr, da, LinkKind.DATA_SHARING, LinkDirection.ONE_WAY, "2020-06-01");
		link(b, "L3", mr, da, LinkKind.DATA_SHARING, LinkDirection.ONE_WAY, "2020-09-01");
		link(b, "L4", he, hr, LinkKind.JOINT_PROJECT, LinkDirection.MUTUAL, "2021-01-01").setMediation(Mediation.DIRECT);
		link(b, "L5", go, da, LinkKind.JOINT_DECISION, LinkDirection.MUTUAL, "2020-01-15").setMediation(Mediation.DIRECT);

		effect(factor(b, "T1", "本地科技企业实力强", FactorDimension.TECHNOLOGICAL, Strength.STRONG, FactorDirection.ENABLING),
				StructureAspect.STRUCTURE_TYPE, p, "a capable local firm could co-invest",
				evidence(source(study, "E02"), ProcessTracingTest.SMOKING_GUN));
		effect(factor(b, "O1", "区领导创新导向", FactorDimension.ORGANISATIONAL, Strength.MODERATE, FactorDirection.ENABLING),
				StructureAspect.BENEFIT_ALLOCATION, p, "leaders accepted revenue sharing",
				evidence(source(study, "G03"), ProcessTracingTest.HOOP));
		effect(factor(b, "I1", "数据要素市场化政策", FactorDimension.INSTITUTIONAL, Strength.STRONG, FactorDirection.ENABLING),
				StructureAspect.BENEFIT_ALLOCATION, p, "policy allowed a data-product market",
				evidence(source(study, "D03"), ProcessTracingTest.HOOP));
		Mechanism vi = mechanism(b, "ValueIntegration", MechanismKind.VALUE_INTEGRATION, Strength.MODERATE, p,
				evidence(source(study, "G03"), ProcessTracingTest.HOOP), evidence(source(study, "E02"), ProcessTracingTest.HOOP));
		vi.getIndicators().add(MechanismIndicator.BENEFIT_COMPENSATION);
		vi.getIndicators().add(MechanismIndicator.TRUST_BUILDING);
		vi.getAddresses().add(DifficultyKind.NO_COMMON_GOALS);
		Mechanism te = mechanism(b, "TechEmpowerment", MechanismKind.TECHNOLOGY_EMPOWERMENT, Strength.MODERATE, p,
				evidence(source(study, "G03"), ProcessTracingTest.HOOP), evidence(source(study, "E03"), ProcessTracingTest.SMOKING_GUN));
		te.getIndicators().add(MechanismIndicator.SHARED_INFRASTRUCTURE);
		te.getIndicators().add(MechanismIndicator.API_EXCHANGE);
		difficulty(b, "NoCommonGoals", DifficultyKind.NO_COMMON_GOALS, vi, evidence(source(study, "G03"), ProcessTracingTest.HOOP));
		Event signed = event(b, "JVSigned", "2019-11-15", EventKind.AGREEMENT_SIGNED);
		Event launch = event(b, "Launch", "2020-06-01", EventKind.PLATFORM_LAUNCH);
		claim(b, "JVToLaunch", signed, launch, evidence(source(study, "D03"), ProcessTracingTest.SMOKING_GUN));
		return b;
	}
}
