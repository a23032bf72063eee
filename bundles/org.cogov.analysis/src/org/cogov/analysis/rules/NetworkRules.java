/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.rules.RuleContext.describe;
import static org.cogov.analysis.rules.RuleContext.name;

import org.cogov.analysis.Period;
import org.cogov.analysis.metrics.CollaborationNetwork;
import org.cogov.model.Actor;
import org.cogov.model.CogovPackage.Literals;
import org.cogov.model.CollaborationLink;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.LinkDirection;
import org.cogov.model.LinkKind;
import org.cogov.model.LinkStatus;
import org.cogov.model.PlatformCase;
import org.cogov.model.SharingCategory;
import org.cogov.model.StructurePhase;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * The collaboration network: COGOV-E08 (self-loops), COGOV-E09 (endpoints that are not departments of the case),
 * COGOV-W01 (isolated departments) and COGOV-W09 (one-way data sharing between joint-project partners).
 */
final class NetworkRules implements RuleFamily {

	@Override
	public void check(EObject object, RuleContext context) {
		if (object instanceof CollaborationLink link) {
			selfLoop(link, context);
			endpoint(link, link.getFrom(), Literals.COLLABORATION_LINK__FROM, "endpoint.from", context); //$NON-NLS-1$
			endpoint(link, link.getTo(), Literals.COLLABORATION_LINK__TO, "endpoint.to", context); //$NON-NLS-1$
			oneWaySharing(link, context);
		} else if (object instanceof GovernmentDepartment department) {
			isolated(department, context);
		}
	}

	/** COGOV-E08. */
	private static void selfLoop(CollaborationLink link, RuleContext context) {
		if (link.getFrom() != null && link.getFrom() == link.getTo()) {
			context.report(RuleCatalog.E08_SELF_LOOP, link, Literals.COLLABORATION_LINK__TO,
					new Object[] { describe(link), name(link.getFrom()) }, link.getFrom());
		}
	}

	/** COGOV-E09: links are inter-departmental ties inside one case; the metrics ignore anything else. */
	private static void endpoint(CollaborationLink link, Actor actor, EReference feature, String word, RuleContext context) {
		if (actor == null || actor instanceof GovernmentDepartment && actor.eContainer() == link.eContainer()) {
			return;
		}
		context.report(RuleCatalog.E09_LINK_ENDPOINT, link, feature,
				new Object[] { describe(link), context.word(word), describe(actor) }, actor);
	}

	/** COGOV-W01: a department without any counted link in any phase (in the whole timeline if there is no phase). */
	private static void isolated(GovernmentDepartment department, RuleContext context) {
		if (!(department.eContainer() instanceof PlatformCase platformCase)) {
			return;
		}
		for (CollaborationLink link : platformCase.getLinks()) {
			Actor other = link.getFrom() == department ? link.getTo() : link.getTo() == department ? link.getFrom() : null;
			if (other instanceof GovernmentDepartment && other.eContainer() == platformCase && countsInSomePhase(link, platformCase)) {
				return;
			}
		}
		context.report(RuleCatalog.W01_ISOLATED_DEPARTMENT, department, null, new Object[] { describe(department) });
	}

	private static boolean countsInSomePhase(CollaborationLink link, PlatformCase platformCase) {
		if (platformCase.getPhases().isEmpty()) {
			return CollaborationNetwork.counts(link, Period.always());
		}
		for (StructurePhase phase : platformCase.getPhases()) {
			if (CollaborationNetwork.counts(link, Period.of(phase))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * COGOV-W09: two departments that run a joint project but share data one way only, at overlapping times.
	 * Data flowing back through a mutual link or an opposite one-way link clears the warning.
	 */
	private static void oneWaySharing(CollaborationLink link, RuleContext context) {
		if (!isData(link) || link.getDirection() != LinkDirection.ONE_WAY || link.getFrom() == null
				|| link.getFrom() == link.getTo() || !(link.eContainer() instanceof PlatformCase platformCase)) {
			return;
		}
		CollaborationLink project = null;
		for (CollaborationLink other : platformCase.getLinks()) {
			if (other == link || !samePair(link, other) || other.getStatus() == LinkStatus.PLANNED
					|| !Period.of(link).overlaps(Period.of(other))) {
				continue;
			}
			if (isData(other) && (other.getDirection() == LinkDirection.MUTUAL || other.getFrom() == link.getTo())) {
				return;
			}
			if (other.getKind() == LinkKind.JOINT_PROJECT && project == null) {
				project = other;
			}
		}
		if (project != null) {
			context.report(RuleCatalog.W09_ONE_WAY_SHARING, link, Literals.COLLABORATION_LINK__DIRECTION,
					new Object[] { describe(link), name(link.getFrom()), name(link.getTo()), name(project) }, project);
		}
	}

	private static boolean isData(CollaborationLink link) {
		return link.getKind() == LinkKind.DATA_SHARING && link.getStatus() != LinkStatus.PLANNED
				&& link.getSharing() != SharingCategory.NOT_SHARED;
	}

	private static boolean samePair(CollaborationLink a, CollaborationLink b) {
		return a.getFrom() == b.getFrom() && a.getTo() == b.getTo() || a.getFrom() == b.getTo() && a.getTo() == b.getFrom();
	}
}
