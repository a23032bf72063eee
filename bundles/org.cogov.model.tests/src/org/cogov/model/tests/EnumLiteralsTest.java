/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.model.tests;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.cogov.model.CogovPackage;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Every closed list of the domain description (design/domain.md section 2) exists as enum literals. */
@RunWith(Parameterized.class)
public class EnumLiteralsTest {

	@Parameters(name = "{0}")
	public static Collection<Object[]> closedLists() {
		Object[][] lists = {
			{ "Side", "GOVERNMENT ENTERPRISE OTHER" },
			{ "AdministrativeLevel", "PROVINCE PREFECTURE_CITY COUNTY COUNTY_LEVEL_CITY DISTRICT" },
			{ "Zone", "EAST CENTRAL WEST NORTHEAST" },
			{ "PlatformKind", "DATA_PLATFORM ONE_NETWORK_SERVICE CITY_OPERATIONS GOVERNMENT_COLLABORATION OTHER" },
			{ "AdministrativeLine", "LOCAL VERTICAL" },
			{ "DepartmentKind", "DATA_AUTHORITY GOVERNMENT_OFFICE" },
			{ "OwnershipKind", "PRIVATE LOCAL_SOE CENTRAL_SOE MIXED GOVERNMENT_ENTERPRISE_JV" },
			{ "OtherActorKind", "UNIVERSITY_THINK_TANK PUBLIC_INSTITUTION HIGHER_LEVEL_GOVERNMENT" },
			{ "RoleKind", "INITIATOR FUNDER CO_INVESTOR PLANNER BUILDER OPERATOR DATA_PROVIDER DATA_USER DATA_STEWARD "
					+ "SECURITY_GUARDIAN SUPERVISOR EVALUATOR SERVICE_DELIVERER ADVISOR" },
			{ "RoleBasis", "CONTRACT ADMINISTRATIVE_DOCUMENT MOU INFORMAL" },
			{ "BenefitType", "FIXED_FEE SERVICE_PURCHASE REVENUE_SHARE EQUITY_DIVIDEND CONCESSION_FEE DATA_PRODUCT_RIGHTS "
					+ "FOLLOW_ON_MARKET REPUTATION COST_SAVING" },
			{ "AssetKind", "GOVERNMENT_DATA DERIVED_DATA_PRODUCT PLATFORM_IP INFRASTRUCTURE" },
			{ "Hosting", "GOVERNMENT_CLOUD ENTERPRISE_CLOUD HYBRID" },
			{ "AgreementKind", "PROCUREMENT SERVICE_PURCHASE CONCESSION JV_ARTICLES FRAMEWORK MOU" },
			{ "BodyKind", "LEADING_GROUP JOINT_MEETING TASK_FORCE JV_BOARD OPERATIONS_CENTRE EXPERT_COMMITTEE" },
			{ "DecisionRule", "HIERARCHICAL MAJORITY CONSENSUS" },
			{ "DecisionDomain", "STRATEGY BUDGET VENDOR ARCHITECTURE DATA_SHARING_RULES COMMERCIAL_DATA_USE "
					+ "SCENARIO_PRIORITY EVALUATION DISPUTES" },
			{ "RightKind", "PROPOSE CONSULTED CO_DECIDE FINAL VETO EXECUTE" },
			{ "FactorDimension", "TECHNOLOGICAL ORGANISATIONAL INSTITUTIONAL" },
			{ "Strength", "ABSENT WEAK MODERATE STRONG" },
			{ "FactorDirection", "ENABLING CONSTRAINING" },
			{ "MechanismKind", "VALUE_INTEGRATION TECHNOLOGY_EMPOWERMENT" },
			{ "MechanismIndicator", "SHARED_GOAL_DOCUMENT JOINT_KPI BENEFIT_COMPENSATION TRUST_BUILDING UNIFIED_STANDARD "
					+ "SHARED_INFRASTRUCTURE API_EXCHANGE EMBEDDED_STAFF TRAINING" },
			{ "DifficultyKind", "UNCLEAR_RESPONSIBILITIES NO_COMMON_GOALS LACK_OF_CAPACITY" },
			{ "LinkKind", "DATA_SHARING JOINT_PROJECT JOINT_DECISION JOINT_SERVICE SECONDMENT" },
			{ "LinkDirection", "ONE_WAY MUTUAL" },
			{ "Mediation", "PLATFORM DIRECT" },
			{ "SharingCategory", "UNCONDITIONAL CONDITIONAL NOT_SHARED" },
			{ "EventKind", "POLICY_ISSUED BODY_ESTABLISHED AGREEMENT_SIGNED PLATFORM_LAUNCH PARTNER_ENTRY PARTNER_EXIT "
					+ "LEADER_CHANGE CONFLICT LINK_CREATED OUTCOME_OBSERVED" },
			{ "ProcessTracingTest", "STRAW_IN_THE_WIND HOOP SMOKING_GUN DOUBLY_DECISIVE" },
			{ "Stance", "SUPPORTS CONTRADICTS" },
			{ "StructureType", "CO_CREATION NETWORK ENTERPRISE_LED GOVERNMENT_LED HYBRID" },
		};
		List<Object[]> result = new ArrayList<>();
		for (Object[] list : lists) {
			result.add(new Object[] { list[0], Arrays.asList(((String) list[1]).split(" ")) });
		}
		return result;
	}

	private final String enumName;
	private final List<String> literals;

	public EnumLiteralsTest(String enumName, List<String> literals) {
		this.enumName = enumName;
		this.literals = literals;
	}

	@Test
	public void enumHoldsEveryLiteralOfTheDomain() {
		EClassifier classifier = CogovPackage.eINSTANCE.getEClassifier(enumName);
		assertNotNull("no enum " + enumName, classifier);
		assertTrue(enumName + " is not an enum", classifier instanceof EEnum);
		for (String literal : literals) {
			assertNotNull(enumName + " lacks " + literal, ((EEnum) classifier).getEEnumLiteral(literal));
		}
	}
}
