/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.tests;

import static org.cogov.model.LinkDirection.MUTUAL;
import static org.cogov.model.LinkDirection.ONE_WAY;
import static org.cogov.model.LinkKind.DATA_SHARING;
import static org.cogov.model.LinkKind.JOINT_PROJECT;
import static org.cogov.model.LinkStatus.ACTIVE;
import static org.cogov.model.LinkStatus.ENDED;
import static org.cogov.model.LinkStatus.PLANNED;
import static org.cogov.model.Mediation.DIRECT;
import static org.cogov.model.Mediation.PLATFORM;
import static org.cogov.model.SharingCategory.CONDITIONAL;
import static org.cogov.model.SharingCategory.NOT_SHARED;

import org.cogov.model.BenefitShare;
import org.cogov.model.BenefitType;
import org.cogov.model.BodyKind;
import org.cogov.model.CogovFactory;
import org.cogov.model.CollaborationLink;
import org.cogov.model.DecisionBody;
import org.cogov.model.DecisionDomain;
import org.cogov.model.DecisionItem;
import org.cogov.model.DecisionRule;
import org.cogov.model.DepartmentKind;
import org.cogov.model.Difficulty;
import org.cogov.model.DifficultyKind;
import org.cogov.model.Enterprise;
import org.cogov.model.EvidenceRef;
import org.cogov.model.Factor;
import org.cogov.model.FactorDimension;
import org.cogov.model.FactorDirection;
import org.cogov.model.FactorEffect;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.Interviewee;
import org.cogov.model.Mechanism;
import org.cogov.model.MechanismKind;
import org.cogov.model.OtherActor;
import org.cogov.model.OtherActorKind;
import org.cogov.model.OwnershipKind;
import org.cogov.model.Rating;
import org.cogov.model.Responsibility;
import org.cogov.model.ResponsibilityCategory;
import org.cogov.model.RightKind;
import org.cogov.model.RoleAssignment;
import org.cogov.model.RoleBasis;
import org.cogov.model.RoleKind;
import org.cogov.model.Side;
import org.cogov.model.Strength;
import org.cogov.model.StructureAspect;
import org.cogov.model.StructurePhase;
import org.cogov.model.StructureType;

/**
 * An enterprise-led county after the illustrative County C of the design: one private firm builds, operates and
 * evaluates, chairs the operations centre (hierarchical) that holds the final say over the data-sharing rules,
 * and is paid a concession fee. An earlier phase P0 has no decisions and one link that ended before P1. Decision
 * weights (strategy and data items 2, others 1) give the firm 6 of 10 and the government office 3 of 10; the
 * disputes item has no final holder.
 */
public final class EnterpriseLedCounty {

	private static final CogovFactory F = CogovFactory.eINSTANCE;

	public final CaseBuilder model = new CaseBuilder("CountyC", "C县"); //$NON-NLS-1$ //$NON-NLS-2$
	public final GovernmentDepartment dataAuthority = model.department("DA", "数据中心", DepartmentKind.DATA_AUTHORITY); //$NON-NLS-1$ //$NON-NLS-2$
	public final GovernmentDepartment office = model.department("GO", "县政府办公室", DepartmentKind.GOVERNMENT_OFFICE); //$NON-NLS-1$ //$NON-NLS-2$
	public final GovernmentDepartment agriculture = model.department("AG", "农业农村局", DepartmentKind.AGRICULTURE); //$NON-NLS-1$ //$NON-NLS-2$
	public final GovernmentDepartment police = model.department("PS", "公安局", DepartmentKind.PUBLIC_SECURITY); //$NON-NLS-1$ //$NON-NLS-2$
	public final GovernmentDepartment humanResources = model.department("HR", "人社局", DepartmentKind.HUMAN_RESOURCES); //$NON-NLS-1$ //$NON-NLS-2$
	public final Enterprise firm = model.enterprise("EF", "外地数字农业公司", OwnershipKind.PRIVATE); //$NON-NLS-1$ //$NON-NLS-2$
	public final OtherActor university = model.other("UNI", "农业大学", OtherActorKind.UNIVERSITY_THINK_TANK); //$NON-NLS-1$ //$NON-NLS-2$
	public final OtherActor institute = model.other("PI", "农技推广中心", OtherActorKind.PUBLIC_INSTITUTION); //$NON-NLS-1$ //$NON-NLS-2$

	public final StructurePhase earlier = model.phase("P0", "筹备", "2019-01-01", "2020-03-31", StructureType.GOVERNMENT_LED); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	public final StructurePhase phase = model.phase("P1", "特许经营", "2020-04-01", null, StructureType.ENTERPRISE_LED); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	public final RoleAssignment initiator = model.role("GO", RoleKind.INITIATOR, RoleBasis.ADMINISTRATIVE_DOCUMENT); //$NON-NLS-1$
	public final RoleAssignment builder = model.role("EF", RoleKind.BUILDER, RoleBasis.CONTRACT); //$NON-NLS-1$
	public final RoleAssignment operator = model.role("EF", RoleKind.OPERATOR, RoleBasis.CONTRACT); //$NON-NLS-1$
	public final RoleAssignment steward = model.role("EF", RoleKind.DATA_STEWARD, RoleBasis.CONTRACT); //$NON-NLS-1$
	public final RoleAssignment evaluator = model.role("EF", RoleKind.EVALUATOR, RoleBasis.CONTRACT); //$NON-NLS-1$
	public final RoleAssignment provider = model.role("AG", RoleKind.DATA_PROVIDER, RoleBasis.UNSET); //$NON-NLS-1$

	public final Responsibility operations = model.responsibility("Operations", ResponsibilityCategory.OPERATION, //$NON-NLS-1$
			new String[] { "EF" }, "EF"); //$NON-NLS-1$ //$NON-NLS-2$
	public final Responsibility sharing = model.responsibility("DataSharing", ResponsibilityCategory.DATA_SHARING, //$NON-NLS-1$
			new String[0], "AG", "DA"); //$NON-NLS-1$ //$NON-NLS-2$

	public final BenefitShare concession = model.benefit("ConcessionIncome", "EF", 1.0, BenefitType.CONCESSION_FEE); //$NON-NLS-1$ //$NON-NLS-2$
	public final BenefitShare fees = model.benefit("ServiceFees", "EF", 1.0, BenefitType.FIXED_FEE); //$NON-NLS-1$ //$NON-NLS-2$

	public final DecisionBody centre = model.body("OC", "平台运营中心", BodyKind.OPERATIONS_CENTRE, DecisionRule.HIERARCHICAL, "EF", 12, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"EF", "DA", "AG"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	public final DecisionBody taskForce = model.body("TF", "数字农业工作专班", BodyKind.TASK_FORCE, DecisionRule.HIERARCHICAL, "GO", 0, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"GO", "AG"); //$NON-NLS-1$ //$NON-NLS-2$

	public final DecisionItem strategy = model.decision("Strategy", "发展战略", DecisionDomain.STRATEGY, RightKind.FINAL, "GO"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	public final DecisionItem budget = model.decision("Budget", "财政预算", DecisionDomain.BUDGET, RightKind.FINAL, "GO"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	public final DecisionItem sharingRules = model.decision("SharingRules", "数据共享规则", DecisionDomain.DATA_SHARING_RULES, //$NON-NLS-1$ //$NON-NLS-2$
			RightKind.FINAL, "OC"); //$NON-NLS-1$
	public final DecisionItem architecture = model.decision("Architecture", "技术架构", DecisionDomain.ARCHITECTURE, RightKind.FINAL, "OC"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	public final DecisionItem vendor = model.decision("Vendor", "服务商选择", DecisionDomain.VENDOR, RightKind.FINAL, "OC"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	public final DecisionItem scenarios = model.decision("Scenarios", "场景优先级", DecisionDomain.SCENARIO_PRIORITY, RightKind.FINAL, "OC"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	public final DecisionItem evaluation = model.decision("Evaluation", "绩效评估", DecisionDomain.EVALUATION, RightKind.FINAL, "EF"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	public final DecisionItem disputes = model.decision("Disputes", "争议解决", DecisionDomain.DISPUTES, RightKind.PROPOSE, "DA"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	public final CollaborationLink mutualData = model.link("DA", "AG", DATA_SHARING, MUTUAL, PLATFORM, CONDITIONAL, ACTIVE, "2020-10-01", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	public final CollaborationLink policeData = model.link("DA", "PS", DATA_SHARING, ONE_WAY, DIRECT, CONDITIONAL, ACTIVE, "2021-02-01", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	public final CollaborationLink project = model.link("GO", "DA", JOINT_PROJECT, ONE_WAY, DIRECT, null, ACTIVE, "2020-04-01", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	public final CollaborationLink planned = model.link("DA", "HR", DATA_SHARING, ONE_WAY, DIRECT, CONDITIONAL, PLANNED, "2022-01-01", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	public final CollaborationLink refused = model.link("HR", "AG", DATA_SHARING, ONE_WAY, DIRECT, NOT_SHARED, ACTIVE, "2021-01-01", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	public final CollaborationLink ended = model.link("AG", "PS", JOINT_PROJECT, ONE_WAY, DIRECT, null, ENDED, "2019-06-01", "2019-12-31"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	public final CollaborationLink toFirm = model.link("DA", "EF", DATA_SHARING, ONE_WAY, DIRECT, CONDITIONAL, ACTIVE, "2020-10-01", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	public final Interviewee interviewee = interviewee("G04"); //$NON-NLS-1$
	public final Factor weakTechnology = factor();
	public final FactorEffect effect = weakTechnology.getEffects().get(0);
	public final Mechanism empowerment = mechanism();
	public final Difficulty unclear = difficulty();

	public EnterpriseLedCounty() {
		model.platform("AgriCloud", "C县智慧农业大数据平台"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private Interviewee interviewee(String code) {
		Interviewee source = F.createInterviewee();
		source.setName(code);
		source.setSide(Side.GOVERNMENT);
		model.study().getSources().add(source);
		return source;
	}

	private EvidenceRef evidence() {
		EvidenceRef evidence = F.createEvidenceRef();
		evidence.setSource(interviewee);
		evidence.setLocator("p. 2"); //$NON-NLS-1$
		return evidence;
	}

	private Factor factor() {
		Factor factor = F.createFactor();
		factor.setName("T1"); //$NON-NLS-1$
		factor.setLabel("本地技术能力薄弱"); //$NON-NLS-1$
		factor.setDimension(FactorDimension.TECHNOLOGICAL);
		factor.setStrength(Strength.WEAK);
		factor.setDirection(FactorDirection.CONSTRAINING);
		FactorEffect factorEffect = F.createFactorEffect();
		factorEffect.setAspect(StructureAspect.ROLE_ALLOCATION);
		factorEffect.setPhase(phase);
		factor.getEffects().add(factorEffect);
		model.platformCase().getFactors().add(factor);
		return factor;
	}

	private Mechanism mechanism() {
		Mechanism mechanism = F.createMechanism();
		mechanism.setName("TE"); //$NON-NLS-1$
		mechanism.setLabel("技术赋能"); //$NON-NLS-1$
		mechanism.setKind(MechanismKind.TECHNOLOGY_EMPOWERMENT);
		mechanism.setStrength(Strength.WEAK);
		mechanism.setPhase(phase);
		mechanism.getEvidence().add(evidence());
		model.platformCase().getMechanisms().add(mechanism);
		return mechanism;
	}

	private Difficulty difficulty() {
		Difficulty difficulty = F.createDifficulty();
		difficulty.setName("Responsibilities"); //$NON-NLS-1$
		difficulty.setLabel("职责不清"); //$NON-NLS-1$
		difficulty.setKind(DifficultyKind.UNCLEAR_RESPONSIBILITIES);
		difficulty.setSeverity(Rating.HIGH);
		difficulty.setUnresolved(true);
		difficulty.getEvidence().add(evidence());
		model.platformCase().getDifficulties().add(difficulty);
		return difficulty;
	}
}
