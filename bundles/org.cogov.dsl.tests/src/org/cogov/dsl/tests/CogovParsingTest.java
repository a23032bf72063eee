/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.tests;

import static org.cogov.dsl.tests.StudyFixtures.actor;
import static org.cogov.dsl.tests.StudyFixtures.named;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.util.List;

import org.cogov.model.*;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.BeforeClass;
import org.junit.Test;

import com.google.inject.Injector;

/** Every construct of the language, parsed from resources/every-construct.cogov and checked value by value. */
public class CogovParsingTest {

	private static Study study;
	private static PlatformCase a;
	private static List<Issue> syntaxAndLinking;

	@BeforeClass
	public static void parseEveryConstruct() throws Exception {
		Injector injector = StudyFixtures.injector();
		XtextResource resource = StudyFixtures.parse(injector, "every-construct.cogov",
				StudyFixtures.read(new File("resources/every-construct.cogov")));
		syntaxAndLinking = StudyFixtures.issues(resource).stream()
				.filter(i -> i.isSyntaxError() || i.getCode() != null && i.getCode().contains("Linking")).toList();
		study = StudyFixtures.study(resource);
		a = study.getCases().get(0);
	}

	@Test
	public void parsesWithoutSyntaxOrLinkingErrors() {
		assertTrue(syntaxAndLinking.toString(), syntaxAndLinking.isEmpty());
	}

	@Test
	public void studyAndSources() {
		assertEquals("Demo", study.getName());
		assertEquals("示范研究", study.getLabel());
		assertEquals("covers every construct", study.getDescription());
		assertEquals(4, study.getSources().size());
		Interviewee g01 = (Interviewee) named(study.getSources(), "G01");
		assertEquals(Side.GOVERNMENT, g01.getSide());
		assertEquals("section chief", g01.getRank());
		assertSame(actor(a, "DA"), g01.getAffiliation());
		assertEquals("2023-04-12", iso(g01.getDate()));
		Document d01 = (Document) named(study.getSources(), "D01");
		assertEquals(DocumentKind.POLICY, d01.getKind());
		assertEquals("A政办〔2020〕12号", d01.getReference());
		Observation o01 = (Observation) named(study.getSources(), "O01");
		assertEquals("monthly joint meeting", o01.getSetting());
	}

	@Test
	public void caseRegionPlatformAndActors() {
		assertEquals("A县", a.getLabel());
		assertEquals(AdministrativeLevel.COUNTY, a.getRegion().getLevel());
		assertEquals(Zone.EAST, a.getRegion().getZone());
		assertEquals(Rating.MEDIUM, a.getRegion().getFiscalCapacity());
		assertEquals(2, a.getRegion().getCharacteristics().size());
		assertEquals(CharacteristicKind.INDUSTRIAL, a.getRegion().getCharacteristics().get(1).getKind());
		assertEquals(PlatformKind.DATA_PLATFORM, a.getPlatform().getKind());
		assertEquals("2020-09-01", iso(a.getPlatform().getLaunchDate()));
		GovernmentDepartment da = (GovernmentDepartment) actor(a, "DA");
		assertEquals(DepartmentKind.DATA_AUTHORITY, da.getKind());
		assertEquals(List.of("population", "legal persons"), da.getDataScope());
		KeyPerson director = da.getKeyPersons().get(0);
		assertEquals(4, director.getTenureYears());
		assertTrue(director.isItBackground() && director.isPriorCooperation());
		GovernmentDepartment ps = (GovernmentDepartment) actor(a, "PS");
		assertEquals(AdministrativeLine.VERTICAL, ps.getLine());
		assertSame(actor(a, "GO"), ps.getParent());
		Enterprise csoe = (Enterprise) actor(a, "CSOE");
		assertEquals(OwnershipKind.CENTRAL_SOE, csoe.getOwnership());
		assertEquals(List.of(Capability.CLOUD, Capability.INTEGRATION), csoe.getCapabilities());
		assertFalse(csoe.isLocal());
		assertTrue(((Enterprise) actor(a, "PF1")).isLocal());
		assertEquals(OtherActorKind.UNIVERSITY_THINK_TANK, ((OtherActor) actor(a, "Uni")).getKind());
	}

	@Test
	public void phaseStructure() {
		StructurePhase p1 = a.getPhases().get(0);
		assertEquals("2019-01-01", iso(p1.getValidFrom()));
		assertEquals("2020-12-31", iso(p1.getValidTo()));
		assertEquals(StructureType.GOVERNMENT_LED, p1.getDeclaredType());
		RoleAssignment builder = p1.getRoles().get(0);
		assertEquals(RoleKind.BUILDER, builder.getRole());
		assertEquals(RoleBasis.CONTRACT, builder.getBasis());
		assertSame(named(p1.getAgreements(), "BuildContract"), builder.getAgreement());
		Responsibility ops = named(p1.getResponsibilities(), "Ops");
		assertEquals(List.of(actor(a, "DA")), ops.getAccountable());
		assertEquals(2, ops.getResponsible().size());
		assertEquals(Enforcement.CONTRACT, ops.getEnforcement());
		BenefitPool fees = named(p1.getBenefitPools(), "Fees");
		assertEquals(0.8, fees.getShares().get(0).getShare(), 1e-12);
		assertEquals(0.2, fees.getShares().get(1).getShare(), 1e-12);
		assertEquals(BenefitType.SERVICE_PURCHASE, fees.getShares().get(1).getType());
		Asset ip = named(p1.getAssets(), "IP");
		assertEquals(0.51, ip.getOwners().get(0).getShare(), 1e-12);
		assertEquals(Hosting.GOVERNMENT_CLOUD, ip.getHosting());
		assertTrue(ip.isExitClause());
		assertFalse(named(p1.getAssets(), "Data").isExitClause());
		Agreement contract = named(p1.getAgreements(), "BuildContract");
		assertEquals(2, contract.getParties().size());
		assertEquals("2022-03-01", iso(contract.getExpires()));
		DecisionBody jm = named(p1.getBodies(), "JM");
		assertEquals(DecisionRule.CONSENSUS, jm.getRule());
		assertEquals(12, jm.getMeetingsPerYear());
		assertTrue(jm.getMembers().get(1).isVoting());
		assertFalse(jm.getMembers().get(2).isVoting());
		assertEquals(2.0, jm.getMembers().get(2).getWeight(), 0);
		assertEquals(1.0, jm.getMembers().get(0).getWeight(), 0);
		DecisionItem rules = named(p1.getDecisions(), "Rules");
		assertTrue(rules.isSetWeight());
		assertEquals(2.0, rules.getWeight(), 0);
		assertFalse(named(p1.getDecisions(), "Strategy").isSetWeight());
		assertEquals(4, rules.getRights().size());
		assertSame(jm, rules.getRights().get(0).getHolder());
		assertEquals(RightKind.VETO, rules.getRights().get(3).getKind());
	}

	@Test
	public void factorsMechanismsAndEvidence() {
		Factor i1 = named(a.getFactors(), "I1");
		assertEquals(FactorDimension.INSTITUTIONAL, i1.getDimension());
		assertEquals(0.83, i1.getScore(), 1e-12);
		assertTrue(i1.isSetScore());
		assertFalse(named(a.getFactors(), "T1").isSetScore());
		FactorEffect effect = i1.getEffects().get(0);
		assertEquals(StructureAspect.DECISION_STRUCTURE, effect.getAspect());
		assertSame(a.getPhases().get(0), effect.getPhase());
		EvidenceRef evidence = effect.getEvidence().get(0);
		assertEquals("art. 3", evidence.getLocator());
		assertEquals(ProcessTracingTest.SMOKING_GUN, evidence.getTest());
		assertEquals(Rating.HIGH, evidence.getConfidence());
		assertEquals(1, i1.getEvidence().size());
		Mechanism vi = named(a.getMechanisms(), "VI");
		assertEquals(List.of(MechanismIndicator.JOINT_KPI, MechanismIndicator.SHARED_GOAL_DOCUMENT), vi.getIndicators());
		assertEquals(List.of(DifficultyKind.NO_COMMON_GOALS), vi.getAddresses());
		assertEquals(2, vi.getEvidence().size());
	}

	@Test
	public void linksOutcomesDifficultiesAndTimeline() {
		CollaborationLink first = a.getLinks().get(0);
		assertNull(first.getName());
		assertEquals(LinkDirection.MUTUAL, first.getDirection());
		assertEquals(Mediation.PLATFORM, first.getMediation());
		assertEquals(SharingCategory.UNCONDITIONAL, first.getSharing());
		CollaborationLink lateral = a.getLinks().get(1);
		assertEquals("Lateral", lateral.getName());
		assertEquals(LinkDirection.ONE_WAY, lateral.getDirection());
		assertEquals(LinkStatus.PLANNED, lateral.getStatus());
		assertEquals("2022-01-01", iso(lateral.getValidTo()));
		assertEquals(-3.5, named(a.getOutcomes(), "Delta").getValue(), 0);
		Difficulty noGoals = named(a.getDifficulties(), "NoGoals");
		assertEquals(2, noGoals.getAffected().size());
		assertSame(named(a.getMechanisms(), "VI"), noGoals.getResolvedBy().get(0));
		assertTrue(named(a.getDifficulties(), "Capacity").isUnresolved());
		Event founded = named(a.getEvents(), "Founded");
		assertEquals(EventKind.BODY_ESTABLISHED, founded.getKind());
		CausalClaim c1 = a.getCausalClaims().get(0);
		assertSame(founded, c1.getCause());
		assertNotNull(c1.getEffect());
		assertNull(a.getCausalClaims().get(1).getName());
	}

	static String iso(java.util.Date date) {
		return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
	}
}
