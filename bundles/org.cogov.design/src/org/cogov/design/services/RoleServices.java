/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.services;

import java.util.List;

import org.cogov.analysis.shares.ActorSide;
import org.cogov.model.Actor;
import org.cogov.model.BenefitShare;
import org.cogov.model.PlatformCase;
import org.cogov.model.Responsibility;
import org.eclipse.emf.ecore.EObject;

/**
 * Sirius services of the role structure: the three sides of the cooperation as the analysis counts them (public
 * institutions and higher-level governments stand with the government, as in G and E of the decision shares)
 * and the benefit that makes an enterprise a market player.
 */
public class RoleServices {

	/** The case's governmental actors: departments, public institutions, higher-level governments. */
	public List<Actor> governmentSide(EObject context) {
		return side(context, ActorSide.GOVERNMENTAL);
	}

	/** The case's enterprises. */
	public List<Actor> enterpriseSide(EObject context) {
		return side(context, ActorSide.ENTERPRISE);
	}

	/** The case's actors on neither side, such as universities and think tanks. */
	public List<Actor> otherSide(EObject context) {
		return side(context, ActorSide.OTHER);
	}

	/**
	 * Whether the share pays an enterprise a market benefit (revenue share, equity dividend, concession fee, data
	 * product rights by default): the "market" feature of the classification.
	 */
	public boolean isMarketBenefit(EObject share) {
		return share instanceof BenefitShare benefit && ActorSide.isEnterprise(benefit.getActor())
				&& ModelContext.parameters(share).getMarketBenefitTypes().contains(benefit.getType());
	}

	/** Whether the responsibility has zero or several accountable actors (rule COGOV-E01). */
	public boolean lacksSingleAccountable(EObject responsibility) {
		return responsibility instanceof Responsibility r && r.getAccountable().size() != 1;
	}

	private static List<Actor> side(EObject context, ActorSide side) {
		PlatformCase platformCase = ModelContext.caseOf(context);
		if (platformCase == null) {
			return List.of();
		}
		return platformCase.getActors().stream().filter(actor -> ActorSide.of(actor) == side).toList();
	}
}
