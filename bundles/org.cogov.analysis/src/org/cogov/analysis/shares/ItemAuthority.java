/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.shares;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cogov.model.Actor;
import org.cogov.model.DecisionBody;
import org.cogov.model.DecisionItem;

/**
 * How the one unit of final authority over a decision item is split: the FINAL and VETO holders share it
 * equally, bodies pass their part on to actors. Parts that reach nobody (no holder, a hierarchical body without a
 * chair, a body without voting members) are kept as {@link #unallocated()} so that nothing is silently dropped.
 */
public final class ItemAuthority {

	private final DecisionItem item;
	private final double weight;
	private final Map<Actor, Double> actorUnits = new LinkedHashMap<>();
	private final Map<DecisionBody, Double> bodyUnits = new LinkedHashMap<>();
	private double unallocated;
	private final List<String> notes;

	ItemAuthority(DecisionItem item, double weight, List<String> notes) {
		this.item = item;
		this.weight = weight;
		this.notes = notes;
	}

	void addActor(Actor actor, double unit) {
		actorUnits.merge(actor, unit, Double::sum);
	}

	void addBody(DecisionBody body, double unit) {
		bodyUnits.merge(body, unit, Double::sum);
	}

	void addUnallocated(double unit, String note) {
		unallocated += unit;
		notes.add(note);
	}

	/** The decision item. */
	public DecisionItem item() {
		return item;
	}

	/** The item's weight in the decision shares. */
	public double weight() {
		return weight;
	}

	/** Part of the item's unit each actor ends up with, directly or through bodies (0..1). */
	public Map<Actor, Double> actorUnits() {
		return Collections.unmodifiableMap(actorUnits);
	}

	/** Part of the item's unit an actor ends up with (0..1). */
	public double unitOf(Actor actor) {
		return actorUnits.getOrDefault(actor, 0.0);
	}

	/** Part of the item's unit held by each body before it passes it on (0..1). */
	public Map<DecisionBody, Double> bodyUnits() {
		return Collections.unmodifiableMap(bodyUnits);
	}

	/** Part of the unit that reaches no actor. */
	public double unallocated() {
		return unallocated;
	}

	/** Why parts of the unit reach nobody, in the modeler's words. */
	public List<String> notes() {
		return Collections.unmodifiableList(notes);
	}
}
