/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.model.tests;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.cogov.model.*;

/**
 * County A of the illustrative cases (invented, not data from the thesis), built in code: an eastern pilot
 * county whose data authority chairs a monthly joint meeting of six departments and an operations centre with
 * three enterprises. Covers every class of the metamodel at least once.
 */
public final class CountyAFixture {

	private static final CogovFactory F = CogovFactory.eINSTANCE;

	private CountyAFixture() {
	}

	public static Date date(String iso) {
		return Date.from(LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	private static <T extends NamedElement> T named(T element, String name, String label) {
		element.setName(name);
		element.setLabel(label);
		return element;
	}

	private static GovernmentDepartment department(PlatformCase c, String name, String label, DepartmentKind kind) {
		GovernmentDepartment d = named(F.createGovernmentDepartment(), name, label);
		d.setKind(kind);
		d.setLine(AdministrativeLine.LOCAL);
		c.getActors().add(d);
		return d;
	}

	private static Enterprise enterprise(PlatformCase c, String name, String label, OwnershipKind ownership) {
		Enterprise e = named(F.createEnterprise(), name, label);
		e.setOwnership(ownership);
		c.getActors().add(e);
		return e;
	}

	private static EvidenceRef evidence(Source source, String locator, ProcessTracingTest test) {
		EvidenceRef ref = F.createEvidenceRef();
		ref.setSource(source);
		ref.setLocator(locator);
		ref.setTest(test);
		ref.setStance(Stance.SUPPORTS);
		ref.setConfidence(Rating.HIGH);
		return ref;
	}

	private static void role(StructurePhase p, Actor actor, RoleKind kind, RoleBasis basis, Agreement agreement) {
		RoleAssignment r = F.createRoleAssignment();
		r.setActor(actor);
		r.setRole(kind);
		r.setBasis(basis);
		r.setAgreement(agreement);
		p.getRoles().add(r);
	}

	private static DecisionItem decision(StructurePhase p, String name, DecisionDomain domain, DecisionHolder finalHolder) {
		DecisionItem item = named(F.createDecisionItem(), name, null);
		item.setDomain(domain);
		DecisionRight right = F.createDecisionRight();
		right.setHolder(finalHolder);
		right.setKind(RightKind.FINAL);
		item.getRights().add(right);
		p.getDecisions().add(item);
		return item;
	}

	private static DecisionBody body(StructurePhase p, String name, String label, BodyKind kind, DecisionRule rule,
			Actor chair, int meetings, Actor... members) {
		DecisionBody body = named(F.createDecisionBody(), name, label);
		body.setKind(kind);
		body.setRule(rule);
		body.setChair(chair);
		body.setMeetingsPerYear(meetings);
		for (Actor member : members) {
			Membership m = F.createMembership();
			m.setActor(member);
			body.getMembers().add(m);
		}
		p.getBodies().add(body);
		return body;
	}

	private static CollaborationLink link(PlatformCase c, Actor from, Actor to, LinkKind kind, LinkDirection direction) {
		CollaborationLink link = F.createCollaborationLink();
		link.setFrom(from);
		link.setTo(to);
		link.setKind(kind);
		link.setDirection(direction);
		link.setMediation(Mediation.PLATFORM);
		link.setFormalisation(Formalisation.INSTITUTIONALISED);
		link.setSharing(SharingCategory.UNCONDITIONAL);
		link.setValidFrom(date("2021-03-01"));
		c.getLinks().add(link);
		return link;
	}

	public static Study create() {
		Study study = named(F.createStudy(), "Demo", "政企合作治理示范研究");
		Interviewee g01 = named(F.createInterviewee(), "G01", null);
		g01.setSide(Side.GOVERNMENT);
		g01.setRank("section chief");
		g01.setDate(date("2023-04-12"));
		Interviewee e01 = named(F.createInterviewee(), "E01", null);
		e01.setSide(Side.ENTERPRISE);
		e01.setRank("project manager");
		e01.setOrganisation("central SOE subsidiary");
		Document d01 = named(F.createDocument(), "D01", "关于建立数据共享联席会议制度的通知");
		d01.setKind(DocumentKind.POLICY);
		d01.setIssuer("County A government office");
		d01.setDate(date("2020-11-05"));
		Observation o01 = named(F.createObservation(), "O01", "Joint meeting observed");
		o01.setSetting("monthly joint meeting");
		study.getSources().add(g01);
		study.getSources().add(e01);
		study.getSources().add(d01);
		study.getSources().add(o01);

		PlatformCase a = named(F.createPlatformCase(), "CountyA", "A县");
		study.getCases().add(a);
		Region region = F.createRegion();
		region.setLevel(AdministrativeLevel.COUNTY);
		region.setZone(Zone.EAST);
		region.setFiscalCapacity(Rating.MEDIUM);
		LocalCharacteristic pilot = F.createLocalCharacteristic();
		pilot.setKind(CharacteristicKind.POLICY_PILOT);
		pilot.setText("provincial digital government pilot");
		region.getCharacteristics().add(pilot);
		a.setRegion(region);
		Platform platform = named(F.createPlatform(), "DataPlatform", "A县政务数据平台");
		platform.setKind(PlatformKind.DATA_PLATFORM);
		platform.setLaunchDate(date("2020-09-01"));
		a.setPlatform(platform);

		GovernmentDepartment da = department(a, "DA", "大数据局", DepartmentKind.DATA_AUTHORITY);
		GovernmentDepartment go = department(a, "GO", "县政府办公室", DepartmentKind.GOVERNMENT_OFFICE);
		GovernmentDepartment ps = department(a, "PS", "公安局", DepartmentKind.PUBLIC_SECURITY);
		GovernmentDepartment hr = department(a, "HR", "人社局", DepartmentKind.HUMAN_RESOURCES);
		GovernmentDepartment he = department(a, "HE", "卫健局", DepartmentKind.HEALTH);
		GovernmentDepartment ca = department(a, "CA", "民政局", DepartmentKind.CIVIL_AFFAIRS);
		GovernmentDepartment mr = department(a, "MR", "市场监管局", DepartmentKind.MARKET_REGULATION);
		ps.setLine(AdministrativeLine.VERTICAL);
		KeyPerson director = named(F.createKeyPerson(), "DirectorDA", null);
		director.setPosition("director of the data authority");
		director.setTenureYears(4);
		director.setItBackground(true);
		da.getKeyPersons().add(director);
		Enterprise csoe = enterprise(a, "CSOE", "某央企数字公司", OwnershipKind.CENTRAL_SOE);
		csoe.setScale(EnterpriseScale.LARGE);
		csoe.getCapabilities().add(Capability.CLOUD);
		csoe.getCapabilities().add(Capability.INTEGRATION);
		Enterprise pf1 = enterprise(a, "PF1", "数据分析民企", OwnershipKind.PRIVATE);
		pf1.setLocal(true);
		Enterprise pf2 = enterprise(a, "PF2", "安全民企", OwnershipKind.PRIVATE);
		OtherActor uni = named(F.createOtherActor(), "Uni", "省大学智库");
		uni.setKind(OtherActorKind.UNIVERSITY_THINK_TANK);
		a.getActors().add(uni);

		StructurePhase p = named(F.createStructurePhase(), "P2", "Network phase");
		p.setValidFrom(date("2021-01-01"));
		p.setDeclaredType(StructureType.NETWORK);
		a.getPhases().add(p);
		Agreement contract = named(F.createAgreement(), "BuildContract", "平台建设运营合同");
		contract.setKind(AgreementKind.PROCUREMENT);
		contract.getParties().add(da);
		contract.getParties().add(csoe);
		contract.setSigned(date("2020-12-01"));
		p.getAgreements().add(contract);
		role(p, csoe, RoleKind.BUILDER, RoleBasis.CONTRACT, contract);
		role(p, csoe, RoleKind.OPERATOR, RoleBasis.CONTRACT, contract);
		role(p, pf1, RoleKind.DATA_STEWARD, RoleBasis.CONTRACT, contract);
		role(p, pf2, RoleKind.SECURITY_GUARDIAN, RoleBasis.CONTRACT, contract);
		role(p, da, RoleKind.PLANNER, RoleBasis.ADMINISTRATIVE_DOCUMENT, null);
		role(p, go, RoleKind.FUNDER, RoleBasis.ADMINISTRATIVE_DOCUMENT, null);
		for (GovernmentDepartment d : new GovernmentDepartment[] { ps, hr, he, ca, mr }) {
			role(p, d, RoleKind.DATA_PROVIDER, RoleBasis.ADMINISTRATIVE_DOCUMENT, null);
		}
		Responsibility ops = named(F.createResponsibility(), "Operations", "平台运维");
		ops.setCategory(ResponsibilityCategory.OPERATION);
		ops.getAccountable().add(da);
		ops.getResponsible().add(csoe);
		ops.setEnforcement(Enforcement.CONTRACT);
		p.getResponsibilities().add(ops);
		BenefitPool fees = named(F.createBenefitPool(), "Fees", "建设运营费用");
		BenefitShare fee = F.createBenefitShare();
		fee.setActor(csoe);
		fee.setShare(1.0);
		fee.setType(BenefitType.FIXED_FEE);
		fees.getShares().add(fee);
		p.getBenefitPools().add(fees);
		Asset ip = named(F.createAsset(), "PlatformIP", "平台知识产权");
		ip.setKind(AssetKind.PLATFORM_IP);
		AssetShare owner = F.createAssetShare();
		owner.setOwner(da);
		owner.setShare(1.0);
		ip.getOwners().add(owner);
		ip.setController(da);
		ip.setHosting(Hosting.GOVERNMENT_CLOUD);
		ip.setExitClause(true);
		p.getAssets().add(ip);
		DecisionBody lg = body(p, "LG", "数字政府建设领导小组", BodyKind.LEADING_GROUP, DecisionRule.HIERARCHICAL, go, 2, go, da);
		DecisionBody jm = body(p, "JM", "数据共享联席会议", BodyKind.JOINT_MEETING, DecisionRule.CONSENSUS, da, 12, da, ps, hr, he, ca, mr);
		DecisionBody oc = body(p, "OC", "运营中心", BodyKind.OPERATIONS_CENTRE, DecisionRule.MAJORITY, da, 24, da, csoe, pf1, pf2);
		oc.getMembers().get(3).setVoting(false);
		oc.getMembers().get(1).setWeight(2.0);
		decision(p, "Strategy", DecisionDomain.STRATEGY, lg);
		decision(p, "Budget", DecisionDomain.BUDGET, go);
		DecisionItem rules = decision(p, "SharingRules", DecisionDomain.DATA_SHARING_RULES, jm);
		rules.setWeight(2.0);
		DecisionRight proposal = F.createDecisionRight();
		proposal.setHolder(da);
		proposal.setKind(RightKind.PROPOSE);
		rules.getRights().add(proposal);
		decision(p, "Architecture", DecisionDomain.ARCHITECTURE, oc);

		Factor pilotFactor = named(F.createFactor(), "I1", "省级试点政策");
		pilotFactor.setDimension(FactorDimension.INSTITUTIONAL);
		pilotFactor.setStrength(Strength.STRONG);
		pilotFactor.setScore(0.83);
		pilotFactor.setDirection(FactorDirection.ENABLING);
		FactorEffect effect = F.createFactorEffect();
		effect.setAspect(StructureAspect.DECISION_STRUCTURE);
		effect.setPhase(p);
		effect.setDescription("the pilot required a cross-department joint meeting");
		effect.getEvidence().add(evidence(d01, "art. 3", ProcessTracingTest.SMOKING_GUN));
		pilotFactor.getEffects().add(effect);
		pilotFactor.getEvidence().add(evidence(g01, "00:12:40", ProcessTracingTest.HOOP));
		a.getFactors().add(pilotFactor);

		Mechanism vi = named(F.createMechanism(), "VI", "价值整合");
		vi.setKind(MechanismKind.VALUE_INTEGRATION);
		vi.getIndicators().add(MechanismIndicator.JOINT_KPI);
		vi.getIndicators().add(MechanismIndicator.SHARED_GOAL_DOCUMENT);
		vi.setStrength(Strength.STRONG);
		vi.getAddresses().add(DifficultyKind.NO_COMMON_GOALS);
		vi.setPhase(p);
		vi.getEvidence().add(evidence(g01, "p. 4", ProcessTracingTest.HOOP));
		vi.getEvidence().add(evidence(e01, "p. 2", ProcessTracingTest.SMOKING_GUN));
		a.getMechanisms().add(vi);

		link(a, ps, hr, LinkKind.DATA_SHARING, LinkDirection.MUTUAL);
		link(a, he, ca, LinkKind.DATA_SHARING, LinkDirection.MUTUAL).setName("HealthCivil");
		link(a, da, mr, LinkKind.JOINT_PROJECT, LinkDirection.ONE_WAY).setMediation(Mediation.DIRECT);

		Outcome outcome = named(F.createOutcome(), "SharedItems", null);
		outcome.setIndicator("data items shared");
		outcome.setValue(1250);
		outcome.setUnit("items");
		outcome.setDate(date("2023-06-30"));
		outcome.getEvidence().add(evidence(d01, "table 2", ProcessTracingTest.STRAW_IN_THE_WIND));
		a.getOutcomes().add(outcome);
		Difficulty goals = named(F.createDifficulty(), "NoGoals", "缺乏共同目标");
		goals.setKind(DifficultyKind.NO_COMMON_GOALS);
		goals.setSeverity(Rating.MEDIUM);
		goals.getAffected().add(ps);
		goals.getResolvedBy().add(vi);
		goals.getEvidence().add(evidence(o01, "field notes 5", ProcessTracingTest.HOOP));
		a.getDifficulties().add(goals);

		Event founded = named(F.createEvent(), "JMFounded", "联席会议成立");
		founded.setDate(date("2020-11-05"));
		founded.setKind(EventKind.BODY_ESTABLISHED);
		founded.getActors().add(da);
		Event firstShare = named(F.createEvent(), "FirstSharing", "首批数据共享");
		firstShare.setDate(date("2021-03-01"));
		firstShare.setKind(EventKind.LINK_CREATED);
		a.getEvents().add(founded);
		a.getEvents().add(firstShare);
		CausalClaim claim = named(F.createCausalClaim(), "C1", null);
		claim.setCause(founded);
		claim.setEffect(firstShare);
		claim.getEvidence().add(evidence(g01, "00:31:05", ProcessTracingTest.SMOKING_GUN));
		a.getCausalClaims().add(claim);
		return study;
	}
}
