/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.rules.RuleContext.describe;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cogov.model.CausalClaim;
import org.cogov.model.CogovPackage.Literals;
import org.cogov.model.Event;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.NamedElement;
import org.cogov.model.PlatformCase;
import org.eclipse.emf.ecore.EObject;

/**
 * COGOV-E19: chains that must not go round in a circle. A department cannot be, through its parents, its own
 * parent (the hierarchy of vertical and local lines has a top); causal claims cannot lead from an event back to
 * itself (process tracing follows time, and a circle of causes explains nothing). Each element on the circle is
 * reported, naming the whole circle, so that the researcher sees where to cut it.
 */
final class CircularChainRules implements RuleFamily {

	@Override
	public void check(EObject object, RuleContext context) {
		if (object instanceof GovernmentDepartment department) {
			parentCircle(department, context);
		} else if (object instanceof CausalClaim claim) {
			causeCircle(claim, context);
		}
	}

	private static void parentCircle(GovernmentDepartment department, RuleContext context) {
		List<NamedElement> chain = new ArrayList<>();
		Set<GovernmentDepartment> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		chain.add(department);
		for (GovernmentDepartment parent = department.getParent(); parent != null && !parent.eIsProxy(); parent = parent.getParent()) {
			chain.add(parent);
			if (parent == department) {
				context.reportVariant(RuleCatalog.E19_CIRCULAR_CHAIN, "parent", department, //$NON-NLS-1$
						Literals.GOVERNMENT_DEPARTMENT__PARENT, new Object[] { describe(department), path(chain) });
				return;
			}
			if (!seen.add(parent)) {
				return; // a circle above this department, reported on the departments that form it
			}
		}
	}

	/** A claim is on a circle when its effect leads, through further claims of the case, back to its cause. */
	private static void causeCircle(CausalClaim claim, RuleContext context) {
		Event cause = claim.getCause();
		Event effect = claim.getEffect();
		if (cause == null || effect == null || !(claim.eContainer() instanceof PlatformCase platformCase)) {
			return;
		}
		Map<Event, List<Event>> effects = new IdentityHashMap<>();
		for (CausalClaim each : platformCase.getCausalClaims()) {
			if (each.getCause() != null && each.getEffect() != null) {
				effects.computeIfAbsent(each.getCause(), e -> new ArrayList<>()).add(each.getEffect());
			}
		}
		Map<Event, Event> reachedFrom = new HashMap<>();
		Deque<Event> next = new ArrayDeque<>();
		next.add(effect);
		reachedFrom.put(effect, cause);
		while (!next.isEmpty()) {
			Event event = next.removeFirst();
			if (event == cause) {
				List<NamedElement> chain = new ArrayList<>();
				for (Event step = cause; chain.size() <= reachedFrom.size(); step = reachedFrom.get(step)) {
					chain.add(0, step);
					if (step == effect) {
						break;
					}
				}
				chain.add(0, cause);
				context.reportVariant(RuleCatalog.E19_CIRCULAR_CHAIN, "claims", claim, Literals.CAUSAL_CLAIM__EFFECT, //$NON-NLS-1$
						new Object[] { describe(claim), path(chain) });
				return;
			}
			for (Event following : effects.getOrDefault(event, List.of())) {
				if (!reachedFrom.containsKey(following)) {
					reachedFrom.put(following, event);
					next.addLast(following);
				}
			}
		}
	}

	/** "A -> B -> A". */
	private static String path(List<NamedElement> chain) {
		StringBuilder text = new StringBuilder();
		for (NamedElement element : chain) {
			text.append(text.length() == 0 ? "" : " -> ").append(element.getName()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return text.toString();
	}
}
