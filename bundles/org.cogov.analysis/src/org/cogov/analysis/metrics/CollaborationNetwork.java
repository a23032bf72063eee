/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cogov.analysis.Period;
import org.cogov.model.Actor;
import org.cogov.model.CollaborationLink;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.LinkDirection;
import org.cogov.model.LinkKind;
import org.cogov.model.LinkStatus;
import org.cogov.model.Mediation;
import org.cogov.model.PlatformCase;
import org.cogov.model.SharingCategory;
import org.cogov.model.StructurePhase;

/**
 * The network of collaboration among a case's government departments during a period: the dyads (unordered
 * pairs of departments) with at least one link, their link kinds and data flows, and the departments reached
 * through the platform. A link counts when it is not PLANNED, its validity overlaps the period (missing dates are
 * open), it joins two distinct departments of the case, and, for data sharing, its category is not NOT_SHARED (a
 * recorded refusal is not a tie).
 */
public final class CollaborationNetwork {

	/**
	 * Two departments with at least one counted link.
	 *
	 * @param first        the department listed first in the case
	 * @param second       the other department
	 * @param kinds        the distinct link kinds between them
	 * @param dataToSecond whether data flows from first to second
	 * @param dataToFirst  whether data flows from second to first
	 * @param links        the counted links
	 */
	public record Dyad(GovernmentDepartment first, GovernmentDepartment second, Set<LinkKind> kinds,
			boolean dataToSecond, boolean dataToFirst, List<CollaborationLink> links) {

		/** Whether any data flows between the two. */
		public boolean isData() {
			return dataToSecond || dataToFirst;
		}

		/** Whether data flows both ways. */
		public boolean isMutualData() {
			return dataToSecond && dataToFirst;
		}

		/** Whether the dyad involves the department. */
		public boolean touches(Actor department) {
			return first == department || second == department;
		}
	}

	private final List<GovernmentDepartment> departments;
	private final List<Dyad> dyads;
	private final Set<GovernmentDepartment> platformReached;

	private CollaborationNetwork(List<GovernmentDepartment> departments, List<Dyad> dyads,
			Set<GovernmentDepartment> platformReached) {
		this.departments = Collections.unmodifiableList(departments);
		this.dyads = Collections.unmodifiableList(dyads);
		this.platformReached = Collections.unmodifiableSet(platformReached);
	}

	/** The network of a phase of a case. */
	public static CollaborationNetwork of(PlatformCase platformCase, StructurePhase phase) {
		return of(platformCase, Period.of(phase));
	}

	/** The network of a case during a period. */
	public static CollaborationNetwork of(PlatformCase platformCase, Period period) {
		List<GovernmentDepartment> departments = departments(platformCase);
		Map<List<GovernmentDepartment>, List<CollaborationLink>> byDyad = new LinkedHashMap<>();
		Set<GovernmentDepartment> reached = new LinkedHashSet<>();
		for (CollaborationLink link : platformCase.getLinks()) {
			if (!counts(link, period) || !departments.contains(link.getFrom()) || !departments.contains(link.getTo())) {
				continue;
			}
			GovernmentDepartment from = (GovernmentDepartment) link.getFrom();
			GovernmentDepartment to = (GovernmentDepartment) link.getTo();
			List<GovernmentDepartment> key = departments.indexOf(from) < departments.indexOf(to) ? List.of(from, to) : List.of(to, from);
			byDyad.computeIfAbsent(key, k -> new ArrayList<>()).add(link);
			if (link.getMediation() == Mediation.PLATFORM) {
				reached.add(from);
				reached.add(to);
			}
		}
		List<Dyad> dyads = new ArrayList<>();
		byDyad.forEach((pair, links) -> dyads.add(dyad(pair.get(0), pair.get(1), links)));
		Set<GovernmentDepartment> platformReached = new LinkedHashSet<>();
		departments.stream().filter(reached::contains).forEach(platformReached::add);
		return new CollaborationNetwork(departments, dyads, platformReached);
	}

	private static Dyad dyad(GovernmentDepartment first, GovernmentDepartment second, List<CollaborationLink> links) {
		Set<LinkKind> kinds = EnumSet.noneOf(LinkKind.class);
		boolean toSecond = false;
		boolean toFirst = false;
		for (CollaborationLink link : links) {
			kinds.add(link.getKind());
			if (link.getKind() == LinkKind.DATA_SHARING) {
				boolean mutual = link.getDirection() == LinkDirection.MUTUAL;
				toSecond |= mutual || link.getFrom() == first;
				toFirst |= mutual || link.getFrom() == second;
			}
		}
		return new Dyad(first, second, Collections.unmodifiableSet(kinds), toSecond, toFirst, List.copyOf(links));
	}

	/** The case's government departments, in model order. */
	public static List<GovernmentDepartment> departments(PlatformCase platformCase) {
		List<GovernmentDepartment> departments = new ArrayList<>();
		for (Actor actor : platformCase.getActors()) {
			if (actor instanceof GovernmentDepartment department) {
				departments.add(department);
			}
		}
		return departments;
	}

	/**
	 * Whether a link counts for a period: not PLANNED, overlapping, between two distinct actors, and not a
	 * data-sharing link marked NOT_SHARED. Whether the endpoints are departments of the case is checked apart.
	 */
	public static boolean counts(CollaborationLink link, Period period) {
		return link.getStatus() != LinkStatus.PLANNED && Period.of(link).overlaps(period) && link.getFrom() != null
				&& link.getTo() != null && link.getFrom() != link.getTo()
				&& !(link.getKind() == LinkKind.DATA_SHARING && link.getSharing() == SharingCategory.NOT_SHARED);
	}

	/** The departments D. */
	public List<GovernmentDepartment> departments() {
		return departments;
	}

	/** The dyads T with at least one counted link. */
	public List<Dyad> dyads() {
		return dyads;
	}

	/** The degree of a department: the number of dyads it is part of. */
	public int degree(GovernmentDepartment department) {
		return (int) dyads.stream().filter(d -> d.touches(department)).count();
	}

	/** Departments without any counted link. */
	public List<GovernmentDepartment> isolates() {
		return departments.stream().filter(d -> degree(d) == 0).toList();
	}

	/** Departments with at least one platform-mediated link. */
	public Set<GovernmentDepartment> platformReached() {
		return platformReached;
	}

	/** Dyads with any data flow. */
	public List<Dyad> dataDyads() {
		return dyads.stream().filter(Dyad::isData).toList();
	}

	/** Dyads with data flowing both ways. */
	public List<Dyad> mutualDataDyads() {
		return dyads.stream().filter(Dyad::isMutualData).toList();
	}
}
