/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.shares;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.cogov.model.Actor;
import org.cogov.model.DecisionBody;
import org.cogov.model.DecisionHolder;
import org.cogov.model.DecisionItem;
import org.cogov.model.DecisionRight;
import org.cogov.model.DecisionRule;
import org.cogov.model.Membership;
import org.cogov.model.PlatformCase;
import org.cogov.model.RightKind;
import org.cogov.model.StructurePhase;
import org.cogov.model.resource.ElementPath;

/**
 * Each actor's share of final decision authority in a phase (our operationalisation of the thesis' decision
 * structure). For each decision item the holders of FINAL or VETO split one unit equally; a hierarchical body
 * passes its part to its chair, a majority or consensus body splits it among its voting members by weight. The
 * share of an actor is the item-weighted sum of its parts divided by the total weight of all items of the phase,
 * so parts that reach nobody lower the sum of the shares below 1 instead of inflating the others.
 */
public final class DecisionShares {

	private final StructurePhase phase;
	private final List<ItemAuthority> items;
	private final Map<Actor, Double> shares;
	private final Map<DecisionBody, Double> bodyShares;
	private final double totalWeight;
	private final double unallocatedWeight;
	private final Actor lead;

	private DecisionShares(StructurePhase phase, List<ItemAuthority> items, Map<Actor, Double> shares,
			Map<DecisionBody, Double> bodyShares, double totalWeight, double unallocatedWeight) {
		this.phase = phase;
		this.items = Collections.unmodifiableList(items);
		this.shares = Collections.unmodifiableMap(shares);
		this.bodyShares = Collections.unmodifiableMap(bodyShares);
		this.totalWeight = totalWeight;
		this.unallocatedWeight = unallocatedWeight;
		Actor largest = null;
		for (Map.Entry<Actor, Double> entry : shares.entrySet()) { // ties go to the actor listed first in the case
			if (entry.getValue() > 0 && (largest == null || entry.getValue() > shares.get(largest) + 1e-12)) {
				largest = entry.getKey();
			}
		}
		this.lead = largest;
	}

	/**
	 * Computes the shares of a phase.
	 *
	 * @param phase      the structure phase
	 * @param itemWeight the weight of each decision item (see ClassificationParameters#weightOf)
	 */
	public static DecisionShares of(StructurePhase phase, ToDoubleFunction<DecisionItem> itemWeight) {
		List<ItemAuthority> items = new ArrayList<>();
		double total = 0;
		double unallocated = 0;
		for (DecisionItem item : phase.getDecisions()) {
			double weight = itemWeight.applyAsDouble(item);
			weight = Double.isFinite(weight) && weight > 0 ? weight : 0; // out-of-range weights are rule COGOV-E18
			ItemAuthority authority = allocate(item, weight);
			items.add(authority);
			total += weight;
			unallocated += weight * authority.unallocated();
		}
		Map<Actor, Double> weighted = new LinkedHashMap<>();
		Map<DecisionBody, Double> bodyWeighted = new LinkedHashMap<>();
		for (ItemAuthority authority : items) {
			authority.actorUnits().forEach((actor, unit) -> weighted.merge(actor, authority.weight() * unit, Double::sum));
			authority.bodyUnits().forEach((body, unit) -> bodyWeighted.merge(body, authority.weight() * unit, Double::sum));
		}
		double denominator = total;
		Map<Actor, Double> shares = new LinkedHashMap<>();
		for (Actor actor : inCaseOrder(phase, weighted.keySet())) {
			shares.put(actor, denominator > 0 ? weighted.get(actor) / denominator : 0.0);
		}
		Map<DecisionBody, Double> bodyShares = new LinkedHashMap<>();
		bodyWeighted.forEach((body, value) -> bodyShares.put(body, denominator > 0 ? value / denominator : 0.0));
		return new DecisionShares(phase, items, shares, bodyShares, total, unallocated);
	}

	private static ItemAuthority allocate(DecisionItem item, double weight) {
		ItemAuthority authority = new ItemAuthority(item, weight, new ArrayList<>());
		Set<DecisionHolder> holders = new LinkedHashSet<>();
		for (DecisionRight right : item.getRights()) {
			if (right.getHolder() != null && (right.getKind() == RightKind.FINAL || right.getKind() == RightKind.VETO)) {
				holders.add(right.getHolder());
			}
		}
		if (holders.isEmpty()) {
			authority.addUnallocated(1.0, ElementPath.name(item) + " has no FINAL or VETO holder; its weight goes to nobody"); //$NON-NLS-1$
			return authority;
		}
		double part = 1.0 / holders.size();
		for (DecisionHolder holder : holders) {
			if (holder instanceof Actor actor) {
				authority.addActor(actor, part);
			} else if (holder instanceof DecisionBody body) {
				authority.addBody(body, part);
				passOn(body, part, authority);
			}
		}
		return authority;
	}

	/** A body passes its part to its chair (hierarchical) or to its voting members by weight. */
	private static void passOn(DecisionBody body, double part, ItemAuthority authority) {
		String where = " on " + ElementPath.name(authority.item()); //$NON-NLS-1$
		if (body.getRule() == DecisionRule.HIERARCHICAL) {
			if (body.getChair() != null) {
				authority.addActor(body.getChair(), part);
			} else {
				authority.addUnallocated(part, "hierarchical " + ElementPath.name(body) //$NON-NLS-1$
						+ " has no chair; its part" + where + " goes to nobody"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return;
		}
		double votingWeight = 0;
		for (Membership m : body.getMembers()) {
			if (m.isVoting() && m.getActor() != null && m.getWeight() > 0) {
				votingWeight += m.getWeight();
			}
		}
		if (votingWeight <= 0) {
			authority.addUnallocated(part, ElementPath.name(body) + " has no voting member with a positive weight; its part" //$NON-NLS-1$
					+ where + " goes to nobody"); //$NON-NLS-1$
			return;
		}
		for (Membership m : body.getMembers()) {
			if (m.isVoting() && m.getActor() != null && m.getWeight() > 0) {
				authority.addActor(m.getActor(), part * m.getWeight() / votingWeight);
			}
		}
	}

	private static List<Actor> inCaseOrder(StructurePhase phase, Set<Actor> actors) {
		List<Actor> ordered = new ArrayList<>();
		if (phase.eContainer() instanceof PlatformCase platformCase) {
			for (Actor actor : platformCase.getActors()) {
				if (actors.contains(actor)) {
					ordered.add(actor);
				}
			}
		}
		for (Actor actor : actors) { // actors of other cases (a modelling error flagged elsewhere) come last
			if (!ordered.contains(actor)) {
				ordered.add(actor);
			}
		}
		return ordered;
	}

	/** The phase. */
	public StructurePhase phase() {
		return phase;
	}

	/** The allocation of each decision item, in model order. */
	public List<ItemAuthority> items() {
		return items;
	}

	/** The allocation of one item, or null when the item is not in this phase. */
	public ItemAuthority item(DecisionItem item) {
		return items.stream().filter(a -> a.item() == item).findFirst().orElse(null);
	}

	/** Actors with a positive share, in the case's actor order. */
	public Map<Actor, Double> shares() {
		return shares;
	}

	/** The share s_a of an actor, 0 when it holds none. */
	public double share(Actor actor) {
		return shares.getOrDefault(actor, 0.0);
	}

	/** Share of the total weight held (before passing on) by each body holding FINAL or VETO. */
	public Map<DecisionBody, Double> bodyShares() {
		return bodyShares;
	}

	/** G: the sum of the shares of governmental actors. */
	public double governmental() {
		return sum(ActorSide.GOVERNMENTAL);
	}

	/** E: the sum of the shares of enterprises. */
	public double enterprise() {
		return sum(ActorSide.ENTERPRISE);
	}

	private double sum(ActorSide side) {
		return shares.entrySet().stream().filter(e -> ActorSide.of(e.getKey()) == side).mapToDouble(Map.Entry::getValue).sum();
	}

	/** The actor with the largest share (ties: the one listed first in the case), null when nobody holds any. */
	public Actor lead() {
		return lead;
	}

	/** smax: the largest share, 0 when nobody holds any. */
	public double smax() {
		return lead == null ? 0 : shares.get(lead);
	}

	/** The total weight of the phase's decision items. */
	public double totalWeight() {
		return totalWeight;
	}

	/** Share of the total weight that reaches no actor. */
	public double unallocatedShare() {
		return totalWeight > 0 ? unallocatedWeight / totalWeight : 0;
	}

	/** Why parts of the authority reach nobody, item by item. */
	public List<String> notes() {
		List<String> notes = new ArrayList<>();
		items.forEach(item -> notes.addAll(item.notes()));
		return notes;
	}
}
