/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.tests;

import static org.cogov.analysis.tests.CaseBuilder.*;
import static org.cogov.analysis.tests.IllustrativeCases.source;

import org.cogov.model.*;

/**
 * County C: a central agricultural county without local IT firms, an enterprise-led platform. One private firm
 * builds, operates, stewards the data and evaluates itself; it chairs the hierarchical operations centre that
 * sets the data rules; platform IP and infrastructure are the firm's, on its cloud, without exit clause; it earns
 * a concession fee. Links are sparse, two departments are isolated, and the data-security responsibility has no
 * accountable owner. Deliberately carries COGOV-E01, W01 (twice), R01 (twice), R03 and R04.
 */
final class CountyC {

	private CountyC() {
	}

	static PlatformCase build(Study study) {
		PlatformCase c = platformCase(study, "CountyC", "C县");
		region(c, AdministrativeLevel.COUNTY, Zone.CENTRAL, Rating.LOW, CharacteristicKind.INDUSTRIAL,
				"agricultural county without local IT firms");
		platform(c, "AgriPlatform", "C县数据平台", PlatformKind.DATA_PLATFORM, "2021-06-01");
		GovernmentDepartment da = department(c, "DA", "数据局", DepartmentKind.DATA_AUTHORITY);
		GovernmentDepartment go = department(c, "GO", "县政府办公室", DepartmentKind.GOVERNMENT_OFFICE);
		GovernmentDepartment ag = department(c, "AG", "农业农村局", DepartmentKind.AGRICULTURE);
		GovernmentDepartment ps = department(c, "PS", "公安局", DepartmentKind.PUBLIC_SECURITY);
		department(c, "HE", "卫健局", DepartmentKind.HEALTH);
		department(c, "CA", "民政局", DepartmentKind.CIVIL_AFFAIRS);
		Enterprise pf = enterprise(c, "PF", "外地云服务民企", OwnershipKind.PRIVATE);
		pf.setScale(EnterpriseScale.LARGE);

		StructurePhase p = phase(c, "P1", "2021-01-01", null, StructureType.ENTERPRISE_LED);
		Agreement concession = agreement(p, "Concession", AgreementKind.CONCESSION, "2020-10-10", go, pf);
		for (RoleKind kind : new RoleKind[] { RoleKind.BUILDER, RoleKind.OPERATOR, RoleKind.DATA_STEWARD, RoleKind.EVALUATOR }) {
			role(p, pf, kind, concession);
		}
		role(p, go, RoleKind.INITIATOR, null);
		role(p, da, RoleKind.PLANNER, null);
		role(p, ag, RoleKind.DATA_PROVIDER, null);
		role(p, ps, RoleKind.DATA_PROVIDER, null);
		responsibility(p, "Operations", ResponsibilityCategory.OPERATION, pf);
		responsibility(p, "DataSecurity", ResponsibilityCategory.DATA_SECURITY, null, pf);
		responsibility(p, "DataSupply", ResponsibilityCategory.DATA_SHARING, da, ag, ps);
		benefit(pool(p, "ConcessionFees"), pf, 1.0, BenefitType.CONCESSION_FEE);
		owner(asset(p, "PlatformIP", AssetKind.PLATFORM_IP, Hosting.ENTERPRISE_CLOUD, pf, false), pf, 1.0);
		owner(asset(p, "FirmCloud", AssetKind.INFRASTRUCTURE, Hosting.ENTERPRISE_CLOUD, pf, false), pf, 1.0);
		owner(asset(p, "GovData", AssetKind.GOVERNMENT_DATA, Hosting.ENTERPRISE_CLOUD, pf, false), da, 1.0);
		DecisionBody group = body(p, "LeadingGroup", BodyKind.LEADING_GROUP, DecisionRule.HIERARCHICAL, go, 2, go, da);
		DecisionBody centre = body(p, "OpsCentre", BodyKind.OPERATIONS_CENTRE, DecisionRule.HIERARCHICAL, pf, 12, pf, da, ag);
		item(p, "Strategy", DecisionDomain.STRATEGY, RightKind.FINAL, group);
		item(p, "DataRules", DecisionDomain.DATA_SHARING_RULES, RightKind.FINAL, centre);
		item(p, "CommercialUse", DecisionDomain.COMMERCIAL_DATA_USE, RightKind.FINAL, centre);
		item(p, "Architecture", DecisionDomain.ARCHITECTURE, RightKind.FINAL, pf);
		item(p, "Budget", DecisionDomain.BUDGET, RightKind.FINAL, go);
		item(p, "Vendor", DecisionDomain.VENDOR, RightKind.FINAL, go);
		item(p, "Scenarios", DecisionDomain.SCENARIO_PRIORITY, RightKind.FINAL, centre);
		item(p, "Evaluation", DecisionDomain.EVALUATION, RightKind.FINAL, pf);

		link(c, "L1", ag, da, LinkKind.DATA_SHARING, LinkDirection.ONE_WAY, "2021-06-01");
		link(c, "L2", ps, da, LinkKind.DATA_SHARING, LinkDirection.ONE_WAY, "2021-08-01").setMediation(Mediation.DIRECT);
		link(c, "L3", go, da, LinkKind.JOINT_DECISION, LinkDirection.MUTUAL, "2021-02-01").setMediation(Mediation.DIRECT);

		effect(factor(c, "T1", "缺少本地IT企业", FactorDimension.TECHNOLOGICAL, Strength.WEAK, FactorDirection.CONSTRAINING),
				StructureAspect.ROLE_ALLOCATION, p, "only an outside firm could build the platform",
				evidence(source(study, "G04"), ProcessTracingTest.HOOP));
		effect(factor(c, "O1", "数字能力薄弱", FactorDimension.ORGANISATIONAL, Strength.WEAK, FactorDirection.CONSTRAINING),
				StructureAspect.DECISION_STRUCTURE, p, "departments left decisions to the firm",
				evidence(source(study, "E03"), ProcessTracingTest.HOOP));
		effect(factor(c, "I1", "特许经营政策", FactorDimension.INSTITUTIONAL, Strength.MODERATE, FactorDirection.ENABLING),
				StructureAspect.BENEFIT_ALLOCATION, p, "a concession replaced budget funding",
				evidence(source(study, "D04"), ProcessTracingTest.SMOKING_GUN));
		Mechanism te = mechanism(c, "TechEmpowerment", MechanismKind.TECHNOLOGY_EMPOWERMENT, Strength.WEAK, p,
				evidence(source(study, "G04"), ProcessTracingTest.HOOP), evidence(source(study, "E03"), ProcessTracingTest.HOOP));
		te.getIndicators().add(MechanismIndicator.SHARED_INFRASTRUCTURE);
		te.getAddresses().add(DifficultyKind.LACK_OF_CAPACITY);
		difficulty(c, "UnclearDuties", DifficultyKind.UNCLEAR_RESPONSIBILITIES, null, evidence(source(study, "G04"), ProcessTracingTest.HOOP));
		difficulty(c, "NoCapacity", DifficultyKind.LACK_OF_CAPACITY, te, evidence(source(study, "E03"), ProcessTracingTest.HOOP));
		Event signed = event(c, "ConcessionSigned", "2020-10-10", EventKind.AGREEMENT_SIGNED);
		Event launch = event(c, "Launch", "2021-06-01", EventKind.PLATFORM_LAUNCH);
		claim(c, "ConcessionToLaunch", signed, launch, evidence(source(study, "D04"), ProcessTracingTest.HOOP));
		return c;
	}
}
