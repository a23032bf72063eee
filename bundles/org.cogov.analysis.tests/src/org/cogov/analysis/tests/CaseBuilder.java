/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.tests;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.cogov.model.*;

/**
 * Builds CoGov models in code for tests and fixtures: one short call per element, with the parent passed in and
 * defaults that keep unrelated rules quiet (bodies meet monthly, links are active and platform-mediated).
 */
public final class CaseBuilder {

	private static final CogovFactory F = CogovFactory.eINSTANCE;

	private CaseBuilder() {
	}

	/** A model date: midnight UTC of an ISO day. */
	public static Date date(String iso) {
		return iso == null ? null : Date.from(LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	public static <T extends NamedElement> T named(T element, String name, String label) {
		element.setName(name);
		element.setLabel(label);
		return element;
	}

	public static Study study(String name) {
		return named(F.createStudy(), name, null);
	}

	public static PlatformCase platformCase(Study study, String name, String label) {
		PlatformCase c = named(F.createPlatformCase(), name, label);
		if (study != null) {
			study.getCases().add(c);
		}
		return c;
	}

	public static Region region(PlatformCase c, AdministrativeLevel level, Zone zone, Rating fiscal,
			CharacteristicKind kind, String characteristic) {
		Region region = F.createRegion();
		region.setLevel(level);
		region.setZone(zone);
		region.setFiscalCapacity(fiscal);
		LocalCharacteristic local = F.createLocalCharacteristic();
		local.setKind(kind);
		local.setText(characteristic);
		region.getCharacteristics().add(local);
		c.setRegion(region);
		return region;
	}

	public static Platform platform(PlatformCase c, String name, String label, PlatformKind kind, String launch) {
		Platform platform = named(F.createPlatform(), name, label);
		platform.setKind(kind);
		platform.setLaunchDate(date(launch));
		c.setPlatform(platform);
		return platform;
	}

	public static GovernmentDepartment department(PlatformCase c, String name, String label, DepartmentKind kind) {
		GovernmentDepartment d = named(F.createGovernmentDepartment(), name, label);
		d.setKind(kind);
		d.setLine(AdministrativeLine.LOCAL);
		c.getActors().add(d);
		return d;
	}

	public static Enterprise enterprise(PlatformCase c, String name, String label, OwnershipKind ownership) {
		Enterprise e = named(F.createEnterprise(), name, label);
		e.setOwnership(ownership);
		c.getActors().add(e);
		return e;
	}

	public static OtherActor otherActor(PlatformCase c, String name, String label, OtherActorKind kind) {
		OtherActor o = named(F.createOtherActor(), name, label);
		o.setKind(kind);
		c.getActors().add(o);
		return o;
	}

	public static StructurePhase phase(PlatformCase c, String name, String from, String to, StructureType declared) {
		StructurePhase p = named(F.createStructurePhase(), name, null);
		p.setValidFrom(date(from));
		p.setValidTo(date(to));
		p.setDeclaredType(declared);
		c.getPhases().add(p);
		return p;
	}

	public static Agreement agreement(StructurePhase p, String name, AgreementKind kind, String signed, Actor... parties) {
		Agreement a = named(F.createAgreement(), name, null);
		a.setKind(kind);
		a.setSigned(date(signed));
		for (Actor party : parties) {
			a.getParties().add(party);
		}
		p.getAgreements().add(a);
		return a;
	}

	public static RoleAssignment role(StructurePhase p, Actor actor, RoleKind kind, Agreement agreement) {
		RoleAssignment r = F.createRoleAssignment();
		r.setActor(actor);
		r.setRole(kind);
		r.setBasis(agreement != null ? RoleBasis.CONTRACT : RoleBasis.ADMINISTRATIVE_DOCUMENT);
		r.setAgreement(agreement);
		p.getRoles().add(r);
		return r;
	}

	/** A responsibility; pass null as accountable for one without an owner. */
	public static Responsibility responsibility(StructurePhase p, String name, ResponsibilityCategory category,
			Actor accountable, Actor... responsible) {
		Responsibility r = named(F.createResponsibility(), name, null);
		r.setCategory(category);
		if (accountable != null) {
			r.getAccountable().add(accountable);
		}
		for (Actor actor : responsible) {
			r.getResponsible().add(actor);
		}
		p.getResponsibilities().add(r);
		return r;
	}

	public static BenefitPool pool(StructurePhase p, String name) {
		BenefitPool pool = named(F.createBenefitPool(), name, null);
		p.getBenefitPools().add(pool);
		return pool;
	}

	public static BenefitShare benefit(BenefitPool pool, Actor actor, double share, BenefitType type) {
		BenefitShare s = F.createBenefitShare();
		s.setActor(actor);
		s.setShare(share);
		s.setType(type);
		pool.getShares().add(s);
		return s;
	}

	public static Asset asset(StructurePhase p, String name, AssetKind kind, Hosting hosting, Actor controller, boolean exit) {
		Asset a = named(F.createAsset(), name, null);
		a.setKind(kind);
		a.setHosting(hosting);
		a.setController(controller);
		a.setExitClause(exit);
		p.getAssets().add(a);
		return a;
	}

	public static AssetShare owner(Asset asset, Actor owner, double share) {
		AssetShare s = F.createAssetShare();
		s.setOwner(owner);
		s.setShare(share);
		asset.getOwners().add(s);
		return s;
	}

	/** A body whose listed members all vote with weight 1; meets the given number of times a year. */
	public static DecisionBody body(StructurePhase p, String name, BodyKind kind, DecisionRule rule, Actor chair,
			int meetings, Actor... members) {
		DecisionBody b = named(F.createDecisionBody(), name, null);
		b.setKind(kind);
		b.setRule(rule);
		b.setChair(chair);
		b.setMeetingsPerYear(meetings);
		for (Actor member : members) {
			member(b, member, true, 1.0);
		}
		p.getBodies().add(b);
		return b;
	}

	public static Membership member(DecisionBody body, Actor actor, boolean voting, double weight) {
		Membership m = F.createMembership();
		m.setActor(actor);
		m.setVoting(voting);
		m.setWeight(weight);
		body.getMembers().add(m);
		return m;
	}

	/** A decision item without its own weight, with one right per holder of the given kind. */
	public static DecisionItem item(StructurePhase p, String name, DecisionDomain domain, RightKind kind,
			DecisionHolder... holders) {
		DecisionItem item = named(F.createDecisionItem(), name, null);
		item.setDomain(domain);
		for (DecisionHolder holder : holders) {
			right(item, holder, kind);
		}
		p.getDecisions().add(item);
		return item;
	}

	public static DecisionRight right(DecisionItem item, DecisionHolder holder, RightKind kind) {
		DecisionRight r = F.createDecisionRight();
		r.setHolder(holder);
		r.setKind(kind);
		item.getRights().add(r);
		return r;
	}

	/** An active, platform-mediated link from the given day on, still running. */
	public static CollaborationLink link(PlatformCase c, String name, Actor from, Actor to, LinkKind kind,
			LinkDirection direction, String validFrom) {
		CollaborationLink l = named(F.createCollaborationLink(), name, null);
		l.setFrom(from);
		l.setTo(to);
		l.setKind(kind);
		l.setDirection(direction);
		l.setMediation(Mediation.PLATFORM);
		l.setFormalisation(Formalisation.AGREED);
		l.setSharing(kind == LinkKind.DATA_SHARING ? SharingCategory.CONDITIONAL : SharingCategory.UNSET);
		l.setStatus(LinkStatus.ACTIVE);
		l.setValidFrom(date(validFrom));
		c.getLinks().add(l);
		return l;
	}

	public static Factor factor(PlatformCase c, String code, String label, FactorDimension dimension, Strength strength,
			FactorDirection direction) {
		Factor f = named(F.createFactor(), code, label);
		f.setDimension(dimension);
		f.setStrength(strength);
		f.setDirection(direction);
		c.getFactors().add(f);
		return f;
	}

	public static FactorEffect effect(Factor factor, StructureAspect aspect, StructurePhase phase, String description,
			EvidenceRef... evidence) {
		FactorEffect e = F.createFactorEffect();
		e.setAspect(aspect);
		e.setPhase(phase);
		e.setDescription(description);
		for (EvidenceRef ref : evidence) {
			e.getEvidence().add(ref);
		}
		factor.getEffects().add(e);
		return e;
	}

	public static Mechanism mechanism(PlatformCase c, String name, MechanismKind kind, Strength strength,
			StructurePhase phase, EvidenceRef... evidence) {
		Mechanism m = named(F.createMechanism(), name, null);
		m.setKind(kind);
		m.setStrength(strength);
		m.setPhase(phase);
		for (EvidenceRef ref : evidence) {
			m.getEvidence().add(ref);
		}
		c.getMechanisms().add(m);
		return m;
	}

	public static Difficulty difficulty(PlatformCase c, String name, DifficultyKind kind, Mechanism resolvedBy,
			EvidenceRef... evidence) {
		Difficulty d = named(F.createDifficulty(), name, null);
		d.setKind(kind);
		d.setSeverity(Rating.MEDIUM);
		if (resolvedBy != null) {
			d.getResolvedBy().add(resolvedBy);
		} else {
			d.setUnresolved(true);
		}
		for (EvidenceRef ref : evidence) {
			d.getEvidence().add(ref);
		}
		c.getDifficulties().add(d);
		return d;
	}

	public static Event event(PlatformCase c, String name, String date, EventKind kind) {
		Event e = named(F.createEvent(), name, null);
		e.setDate(date(date));
		e.setKind(kind);
		c.getEvents().add(e);
		return e;
	}

	public static CausalClaim claim(PlatformCase c, String name, Event cause, Event effect, EvidenceRef... evidence) {
		CausalClaim claim = named(F.createCausalClaim(), name, null);
		claim.setCause(cause);
		claim.setEffect(effect);
		for (EvidenceRef ref : evidence) {
			claim.getEvidence().add(ref);
		}
		c.getCausalClaims().add(claim);
		return claim;
	}

	public static Outcome outcome(PlatformCase c, String name, String indicator, double value, String unit, String date) {
		Outcome o = named(F.createOutcome(), name, null);
		o.setIndicator(indicator);
		o.setValue(value);
		o.setUnit(unit);
		o.setDate(date(date));
		c.getOutcomes().add(o);
		return o;
	}

	/** Supporting evidence from a source, graded with a process-tracing test. */
	public static EvidenceRef evidence(Source source, ProcessTracingTest test) {
		EvidenceRef ref = F.createEvidenceRef();
		ref.setSource(source);
		ref.setTest(test);
		ref.setStance(Stance.SUPPORTS);
		ref.setConfidence(Rating.HIGH);
		return ref;
	}

	public static Interviewee interviewee(Study study, String code, Side side, String rank, String date) {
		Interviewee i = named(F.createInterviewee(), code, null);
		i.setSide(side);
		i.setRank(rank);
		i.setDate(date(date));
		if (study != null) {
			study.getSources().add(i);
		}
		return i;
	}

	public static Document document(Study study, String code, String label, DocumentKind kind, String date) {
		Document d = named(F.createDocument(), code, label);
		d.setKind(kind);
		d.setDate(date(date));
		study.getSources().add(d);
		return d;
	}

	public static Observation observation(Study study, String code, String setting, String date) {
		Observation o = named(F.createObservation(), code, null);
		o.setSetting(setting);
		o.setDate(date(date));
		study.getSources().add(o);
		return o;
	}
}
