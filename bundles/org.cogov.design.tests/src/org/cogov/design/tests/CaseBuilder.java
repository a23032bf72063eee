/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.tests;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.cogov.model.Actor;
import org.cogov.model.BenefitPool;
import org.cogov.model.BenefitShare;
import org.cogov.model.BenefitType;
import org.cogov.model.BodyKind;
import org.cogov.model.CogovFactory;
import org.cogov.model.CollaborationLink;
import org.cogov.model.DecisionBody;
import org.cogov.model.DecisionDomain;
import org.cogov.model.DecisionHolder;
import org.cogov.model.DecisionItem;
import org.cogov.model.DecisionRight;
import org.cogov.model.DecisionRule;
import org.cogov.model.DepartmentKind;
import org.cogov.model.Enterprise;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.LinkDirection;
import org.cogov.model.LinkKind;
import org.cogov.model.LinkStatus;
import org.cogov.model.Mediation;
import org.cogov.model.Membership;
import org.cogov.model.NamedElement;
import org.cogov.model.OtherActor;
import org.cogov.model.OtherActorKind;
import org.cogov.model.OwnershipKind;
import org.cogov.model.PlatformCase;
import org.cogov.model.Responsibility;
import org.cogov.model.ResponsibilityCategory;
import org.cogov.model.RightKind;
import org.cogov.model.RoleAssignment;
import org.cogov.model.RoleBasis;
import org.cogov.model.RoleKind;
import org.cogov.model.SharingCategory;
import org.cogov.model.StructurePhase;
import org.cogov.model.StructureType;
import org.cogov.model.Study;

/** Builds small CoGov models in code, one case at a time, with the phase being built as the current one. */
public final class CaseBuilder {

	private static final CogovFactory F = CogovFactory.eINSTANCE;

	private final Study study = F.createStudy();
	private final PlatformCase platformCase = F.createPlatformCase();
	private StructurePhase phase;

	public CaseBuilder(String name, String label) {
		study.setName("Study"); //$NON-NLS-1$
		named(platformCase, name, label);
		study.getCases().add(platformCase);
	}

	public Study study() {
		return study;
	}

	public PlatformCase platformCase() {
		return platformCase;
	}

	public StructurePhase phase() {
		return phase;
	}

	/** A day at midnight UTC, as model dates are. */
	public static Date day(String iso) {
		return iso == null ? null : Date.from(LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	private static <T extends NamedElement> T named(T element, String name, String label) {
		element.setName(name);
		element.setLabel(label);
		return element;
	}

	public GovernmentDepartment department(String name, String label, DepartmentKind kind) {
		GovernmentDepartment department = named(F.createGovernmentDepartment(), name, label);
		department.setKind(kind);
		platformCase.getActors().add(department);
		return department;
	}

	public Enterprise enterprise(String name, String label, OwnershipKind ownership) {
		Enterprise enterprise = named(F.createEnterprise(), name, label);
		enterprise.setOwnership(ownership);
		platformCase.getActors().add(enterprise);
		return enterprise;
	}

	public OtherActor other(String name, String label, OtherActorKind kind) {
		OtherActor other = named(F.createOtherActor(), name, label);
		other.setKind(kind);
		platformCase.getActors().add(other);
		return other;
	}

	public Actor actor(String name) {
		return platformCase.getActors().stream().filter(a -> name.equals(a.getName())).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(name));
	}

	public CaseBuilder platform(String name, String label) {
		platformCase.setPlatform(named(F.createPlatform(), name, label));
		return this;
	}

	/** Starts a phase; the following structure goes into it. */
	public StructurePhase phase(String name, String label, String from, String to, StructureType declared) {
		phase = named(F.createStructurePhase(), name, label);
		phase.setValidFrom(day(from));
		phase.setValidTo(day(to));
		phase.setDeclaredType(declared);
		platformCase.getPhases().add(phase);
		return phase;
	}

	public RoleAssignment role(String actor, RoleKind kind, RoleBasis basis) {
		RoleAssignment role = F.createRoleAssignment();
		role.setActor(actor(actor));
		role.setRole(kind);
		role.setBasis(basis);
		phase.getRoles().add(role);
		return role;
	}

	public Responsibility responsibility(String name, ResponsibilityCategory category, String[] accountable, String... responsible) {
		Responsibility responsibility = named(F.createResponsibility(), name, null);
		responsibility.setCategory(category);
		for (String actor : accountable) {
			responsibility.getAccountable().add(actor(actor));
		}
		for (String actor : responsible) {
			responsibility.getResponsible().add(actor(actor));
		}
		phase.getResponsibilities().add(responsibility);
		return responsibility;
	}

	public BenefitShare benefit(String pool, String actor, double share, BenefitType type) {
		BenefitPool benefitPool = phase.getBenefitPools().stream().filter(p -> pool.equals(p.getName())).findFirst().orElseGet(() -> {
			BenefitPool created = named(F.createBenefitPool(), pool, null);
			phase.getBenefitPools().add(created);
			return created;
		});
		BenefitShare benefitShare = F.createBenefitShare();
		benefitShare.setActor(actor(actor));
		benefitShare.setShare(share);
		benefitShare.setType(type);
		benefitPool.getShares().add(benefitShare);
		return benefitShare;
	}

	/** A body whose members all vote with weight 1. */
	public DecisionBody body(String name, String label, BodyKind kind, DecisionRule rule, String chair, int meetings, String... members) {
		DecisionBody body = named(F.createDecisionBody(), name, label);
		body.setKind(kind);
		body.setRule(rule);
		body.setChair(chair == null ? null : actor(chair));
		body.setMeetingsPerYear(meetings);
		for (String member : members) {
			Membership membership = F.createMembership();
			membership.setActor(actor(member));
			body.getMembers().add(membership);
		}
		phase.getBodies().add(body);
		return body;
	}

	public DecisionBody body(String name) {
		return phase.getBodies().stream().filter(b -> name.equals(b.getName())).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(name));
	}

	/** A decision item with one right per holder, all of the given kind. */
	public DecisionItem decision(String name, String label, DecisionDomain domain, RightKind kind, String... holders) {
		DecisionItem item = named(F.createDecisionItem(), name, label);
		item.setDomain(domain);
		phase.getDecisions().add(item);
		for (String holder : holders) {
			right(item, holder, kind);
		}
		return item;
	}

	public DecisionRight right(DecisionItem item, String holder, RightKind kind) {
		DecisionRight right = F.createDecisionRight();
		DecisionHolder decisionHolder = phase.getBodies().stream().filter(b -> holder.equals(b.getName()))
				.map(DecisionHolder.class::cast).findFirst().orElseGet(() -> actor(holder));
		right.setHolder(decisionHolder);
		right.setKind(kind);
		item.getRights().add(right);
		return right;
	}

	public CollaborationLink link(String from, String to, LinkKind kind, LinkDirection direction, Mediation mediation,
			SharingCategory sharing, LinkStatus status, String validFrom, String validTo) {
		CollaborationLink link = F.createCollaborationLink();
		link.setFrom(actor(from));
		link.setTo(actor(to));
		link.setKind(kind);
		link.setDirection(direction);
		link.setMediation(mediation);
		link.setSharing(sharing);
		link.setStatus(status);
		link.setValidFrom(day(validFrom));
		link.setValidTo(day(validTo));
		platformCase.getLinks().add(link);
		return link;
	}
}
