/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.classification;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.cogov.analysis.shares.ActorSide;
import org.cogov.analysis.shares.DecisionShares;
import org.cogov.analysis.shares.ItemAuthority;
import org.cogov.analysis.shares.Ownership;
import org.cogov.model.Actor;
import org.cogov.model.Asset;
import org.cogov.model.AssetKind;
import org.cogov.model.BenefitPool;
import org.cogov.model.BenefitShare;
import org.cogov.model.BodyKind;
import org.cogov.model.DecisionBody;
import org.cogov.model.DecisionItem;
import org.cogov.model.DecisionRight;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.Membership;
import org.cogov.model.NamedElement;
import org.cogov.model.RightKind;
import org.cogov.model.RoleAssignment;
import org.cogov.model.RoleKind;
import org.cogov.model.StructurePhase;
import org.cogov.model.resource.ElementPath;

/**
 * The features of a phase's governance structure that decide its type (domain design, section 3), each with a
 * reason in words where it is a flag or a count, so that an explanation can say why it holds.
 */
public final class StructureFeatures {

	private final DecisionShares shares;
	private final Map<Feature, Double> values = new EnumMap<>(Feature.class);
	private final Map<Feature, String> reasons = new EnumMap<>(Feature.class);

	private StructureFeatures(DecisionShares shares) {
		this.shares = shares;
	}

	/** Computes the features of a phase from its decision shares. */
	public static StructureFeatures of(StructurePhase phase, DecisionShares shares, ClassificationParameters parameters) {
		StructureFeatures f = new StructureFeatures(shares);
		Actor lead = shares.lead();
		f.put(Feature.G, shares.governmental(), null);
		f.put(Feature.E, shares.enterprise(), null);
		f.put(Feature.SMAX, shares.smax(), lead == null ? "nobody holds final authority" : ElementPath.name(lead)); //$NON-NLS-1$
		f.flag(Feature.LEAD_ENTERPRISE, lead != null && ActorSide.isEnterprise(lead), lead == null ? null : ElementPath.name(lead));
		f.flag(Feature.LEAD_GOVERNMENTAL, lead != null && ActorSide.isGovernmental(lead), lead == null ? null : ElementPath.name(lead));
		f.concentration(phase, parameters);
		f.participation(phase, parameters);
		f.benefitsAndAssets(phase, parameters);
		f.bodies(phase, parameters);
		f.enterpriseFinal(phase);
		return f;
	}

	private void put(Feature feature, double value, String reason) {
		values.put(feature, value);
		if (reason != null) {
			reasons.put(feature, reason);
		}
	}

	private void flag(Feature feature, boolean value, String reason) {
		put(feature, value ? 1 : 0, value ? reason : null);
	}

	/** HHI* over the actors holding a role or a share, and nDec. */
	private void concentration(StructurePhase phase, ClassificationParameters parameters) {
		Set<Actor> population = new LinkedHashSet<>();
		for (RoleAssignment role : phase.getRoles()) {
			if (role.getActor() != null) {
				population.add(role.getActor());
			}
		}
		shares.shares().forEach((actor, share) -> {
			if (share > 0) {
				population.add(actor);
			}
		});
		int n = population.size();
		double sumOfSquares = shares.shares().values().stream().mapToDouble(s -> s * s).sum();
		double hhi = n <= 1 ? 1 : (sumOfSquares - 1.0 / n) / (1 - 1.0 / n);
		// shares sum below 1 when authority reaches nobody; HHI* stays on its [0,1] scale
		put(Feature.HHI, Math.max(0, Math.min(1, hhi)), "over N = " + n + " actors holding a role or a share"); //$NON-NLS-1$ //$NON-NLS-2$
		Set<Actor> deciders = new LinkedHashSet<>();
		shares.shares().forEach((actor, share) -> {
			if (share >= parameters.getNDecMinShare() - 1e-9) {
				deciders.add(actor);
			}
		});
		put(Feature.N_DEC, deciders.size(), names(deciders));
	}

	/** nEntP and the core enterprises. */
	private void participation(StructurePhase phase, ClassificationParameters parameters) {
		Set<Actor> participating = new LinkedHashSet<>();
		Set<Actor> core = new LinkedHashSet<>();
		for (RoleAssignment role : phase.getRoles()) {
			if (ActorSide.isEnterprise(role.getActor())) {
				if (parameters.getNEntPRoles().contains(role.getRole())) {
					participating.add(role.getActor());
				}
				if (parameters.getCoreEnterpriseRoles().contains(role.getRole())) {
					core.add(role.getActor());
				}
			}
		}
		shares.shares().forEach((actor, share) -> {
			if (ActorSide.isEnterprise(actor) && share >= parameters.getNDecMinShare() - 1e-9) {
				core.add(actor);
			}
		});
		put(Feature.N_ENT_P, participating.size(), names(participating));
		put(Feature.CORE_ENTERPRISES, core.size(), names(core));
	}

	/** market, entIP and jointInv. */
	private void benefitsAndAssets(StructurePhase phase, ClassificationParameters parameters) {
		String market = null;
		for (BenefitPool pool : phase.getBenefitPools()) {
			for (BenefitShare share : pool.getShares()) {
				if (market == null && ActorSide.isEnterprise(share.getActor()) && share.getShare() > 0
						&& parameters.getMarketBenefitTypes().contains(share.getType())) {
					market = ElementPath.name(share.getActor()) + " receives " + share.getType().getName() + " from " //$NON-NLS-1$ //$NON-NLS-2$
							+ ElementPath.name(pool);
				}
			}
		}
		flag(Feature.MARKET, market != null, market);
		String entIp = null;
		String jointInv = null;
		for (Asset asset : phase.getAssets()) {
			Map<Actor, Double> owners = Ownership.of(asset);
			if (asset.getKind() == AssetKind.PLATFORM_IP && entIp == null) {
				for (Map.Entry<Actor, Double> owner : owners.entrySet()) {
					if (ActorSide.isEnterprise(owner.getKey()) && owner.getValue() >= parameters.getEntIpMinShare() - 1e-9) {
						entIp = ElementPath.name(owner.getKey()) + " owns " + percent(owner.getValue()) + " of " + ElementPath.name(asset); //$NON-NLS-1$ //$NON-NLS-2$
					}
				}
			}
			if ((asset.getKind() == AssetKind.PLATFORM_IP || asset.getKind() == AssetKind.INFRASTRUCTURE) && jointInv == null
					&& owners.keySet().stream().anyMatch(ActorSide::isGovernmental)
					&& owners.keySet().stream().anyMatch(ActorSide::isEnterprise)) {
				jointInv = ElementPath.name(asset) + " is co-owned by government and enterprise"; //$NON-NLS-1$
			}
		}
		for (RoleAssignment role : phase.getRoles()) {
			if (jointInv == null && role.getRole() == RoleKind.CO_INVESTOR && ActorSide.isEnterprise(role.getActor())) {
				jointInv = ElementPath.name(role.getActor()) + " co-invests"; //$NON-NLS-1$
			}
		}
		flag(Feature.ENT_IP, entIp != null, entIp);
		flag(Feature.JOINT_INV, jointInv != null, jointInv);
	}

	/** wJoint and hub. */
	private void bodies(StructurePhase phase, ClassificationParameters parameters) {
		double wJoint = 0;
		Set<DecisionBody> joint = new LinkedHashSet<>();
		String hub = null;
		for (DecisionBody body : phase.getBodies()) {
			Set<Actor> voting = new LinkedHashSet<>();
			Set<Actor> members = new LinkedHashSet<>();
			Set<Actor> departments = new LinkedHashSet<>();
			for (Membership m : body.getMembers()) {
				if (m.getActor() == null) {
					continue;
				}
				members.add(m.getActor());
				if (m.isVoting()) {
					voting.add(m.getActor());
				}
				if (m.getActor() instanceof GovernmentDepartment) {
					departments.add(m.getActor());
				}
			}
			if (voting.size() <= parameters.getJointBodyMaxVotingMembers() && voting.stream().anyMatch(ActorSide::isGovernmental)
					&& voting.stream().anyMatch(ActorSide::isEnterprise)) {
				joint.add(body);
				wJoint += shares.bodyShares().getOrDefault(body, 0.0);
			}
			if (hub == null && members.size() >= parameters.getHubMinMembers()
					&& body.getMeetingsPerYear() >= parameters.getHubMinMeetingsPerYear()) {
				hub = ElementPath.name(body) + " has " + members.size() + " members and meets " + body.getMeetingsPerYear() //$NON-NLS-1$ //$NON-NLS-2$
						+ " times a year"; //$NON-NLS-1$
			} else if (hub == null && body.getKind() == BodyKind.OPERATIONS_CENTRE
					&& departments.size() >= parameters.getHubMinCentreDepartments()) {
				hub = ElementPath.name(body) + " hosts " + departments.size() + " departments"; //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		put(Feature.W_JOINT, wJoint, joint.isEmpty() ? null : "held by " + names(joint)); //$NON-NLS-1$
		flag(Feature.HUB, hub != null, hub);
	}

	/** Whether an enterprise holds a FINAL or VETO right directly or receives part of such a unit through a body. */
	private void enterpriseFinal(StructurePhase phase) {
		String holder = null;
		for (DecisionItem item : phase.getDecisions()) {
			for (DecisionRight right : item.getRights()) {
				if (holder == null && (right.getKind() == RightKind.FINAL || right.getKind() == RightKind.VETO)
						&& right.getHolder() instanceof Actor actor && ActorSide.isEnterprise(actor)) {
					holder = ElementPath.name(actor) + " holds " + right.getKind().getName() + " on " + ElementPath.name(item); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		for (ItemAuthority authority : shares.items()) {
			for (Map.Entry<Actor, Double> unit : authority.actorUnits().entrySet()) {
				if (holder == null && unit.getValue() > 0 && ActorSide.isEnterprise(unit.getKey())) {
					holder = ElementPath.name(unit.getKey()) + " receives final authority on " + ElementPath.name(authority.item()); //$NON-NLS-1$
				}
			}
		}
		flag(Feature.ENTERPRISE_FINAL, holder != null, holder);
	}

	private static String names(Set<? extends NamedElement> elements) {
		StringBuilder text = new StringBuilder();
		for (NamedElement element : elements) {
			text.append(text.length() == 0 ? "" : ", ").append(element.getName()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return text.length() == 0 ? "none" : text.toString(); //$NON-NLS-1$
	}

	static String percent(double value) {
		return Math.round(value * 100) + "%"; //$NON-NLS-1$
	}

	/** The decision shares the features rest on. */
	public DecisionShares shares() {
		return shares;
	}

	/** A feature's value; flags are 1 (set) or 0. */
	public double value(Feature feature) {
		return values.getOrDefault(feature, 0.0);
	}

	/** Whether a flag is set. */
	public boolean is(Feature feature) {
		return value(feature) > 0.5;
	}

	/** All feature values in feature order. */
	public Map<Feature, Double> values() {
		return Collections.unmodifiableMap(values);
	}

	/** Why a feature has its value, in words, or null when the value speaks for itself. */
	public String reason(Feature feature) {
		return reasons.get(feature);
	}

	/** The actor with the largest share, or null. */
	public Actor lead() {
		return shares.lead();
	}
}
