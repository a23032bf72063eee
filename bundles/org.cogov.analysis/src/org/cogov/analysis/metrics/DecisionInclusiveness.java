/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.cogov.model.Actor;
import org.cogov.model.DecisionBody;
import org.cogov.model.DecisionItem;
import org.cogov.model.DecisionRight;
import org.cogov.model.DecisionRule;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.Membership;
import org.cogov.model.RightKind;
import org.cogov.model.StructurePhase;

/**
 * Decision inclusiveness DII: how far the departments take part in the decisions of a phase. For each item and
 * department the value v is the best of the department's paths to the item: 1 for its own FINAL, VETO or
 * CO_DECIDE right, 0.5 for PROPOSE, 0.25 for CONSULTED; through a body holding a deciding right, 1 as a voting
 * member of a majority or consensus body or as chair of a hierarchical one, 0.25 as another member of a
 * hierarchical body or as a non-voting member. A body's lower right caps what its members get (PROPOSE 0.5,
 * CONSULTED 0.25). DII is the item-weighted mean over items of the mean of v over the departments.
 */
public final class DecisionInclusiveness {

	/**
	 * The inclusiveness of one item.
	 *
	 * @param item   the decision item
	 * @param weight its weight
	 * @param values v per department
	 * @param mean   the mean of v over the departments
	 */
	public record ItemInclusion(DecisionItem item, double weight, Map<GovernmentDepartment, Double> values, double mean) {
	}

	private final List<ItemInclusion> items;
	private final double value;

	private DecisionInclusiveness(List<ItemInclusion> items, double value) {
		this.items = Collections.unmodifiableList(items);
		this.value = value;
	}

	/** DII of a phase over the given departments; 0 when there are no items, no weight or no departments. */
	public static DecisionInclusiveness of(StructurePhase phase, List<GovernmentDepartment> departments,
			ToDoubleFunction<DecisionItem> itemWeight) {
		List<ItemInclusion> items = new ArrayList<>();
		double weighted = 0;
		double total = 0;
		for (DecisionItem item : phase.getDecisions()) {
			double weight = itemWeight.applyAsDouble(item);
			weight = Double.isFinite(weight) && weight > 0 ? weight : 0;
			Map<GovernmentDepartment, Double> values = new LinkedHashMap<>();
			double sum = 0;
			for (GovernmentDepartment department : departments) {
				double v = valueOf(department, item);
				values.put(department, v);
				sum += v;
			}
			double mean = departments.isEmpty() ? 0 : sum / departments.size();
			items.add(new ItemInclusion(item, weight, Collections.unmodifiableMap(values), mean));
			weighted += weight * mean;
			total += weight;
		}
		return new DecisionInclusiveness(items, total > 0 ? weighted / total : 0);
	}

	/** v of one department for one item: the best of its direct rights and its paths through bodies. */
	public static double valueOf(Actor department, DecisionItem item) {
		double best = 0;
		for (DecisionRight right : item.getRights()) {
			double cap = rightValue(right.getKind());
			if (right.getHolder() == department) {
				best = Math.max(best, cap);
			} else if (right.getHolder() instanceof DecisionBody body) {
				best = Math.max(best, Math.min(cap, memberValue(department, body)));
			}
		}
		return best;
	}

	private static double rightValue(RightKind kind) {
		return switch (kind) {
		case FINAL, VETO, CO_DECIDE -> 1.0;
		case PROPOSE -> 0.5;
		case CONSULTED -> 0.25;
		case EXECUTE -> 0.0; // executing a decision is not taking part in it
		};
	}

	/** What a body gives a department when the body decides. */
	private static double memberValue(Actor department, DecisionBody body) {
		boolean hierarchical = body.getRule() == DecisionRule.HIERARCHICAL;
		if (hierarchical && body.getChair() == department) {
			return 1.0;
		}
		double value = 0;
		for (Membership m : body.getMembers()) {
			if (m.getActor() == department) {
				value = Math.max(value, !hierarchical && m.isVoting() ? 1.0 : 0.25);
			}
		}
		return value;
	}

	/** DII. */
	public double value() {
		return value;
	}

	/** The inclusiveness of each item, in model order. */
	public List<ItemInclusion> items() {
		return items;
	}
}
