/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cogov.analysis.metrics.Metric;
import org.cogov.model.CausalClaim;
import org.cogov.model.Event;
import org.cogov.model.PlatformCase;

/**
 * What changed between two consecutive phases, tied to the timeline for process tracing: the change of every
 * metric, the events dated after the earlier phase began and up to the day the later one began, and the causal
 * claims whose effect is one of those events.
 */
public final class PhaseChange {

	private final PhaseAnalysis earlier;
	private final PhaseAnalysis later;
	private final Map<Metric, Double> deltas;
	private final List<Event> events;
	private final List<CausalClaim> claims;

	private PhaseChange(PhaseAnalysis earlier, PhaseAnalysis later, Map<Metric, Double> deltas, List<Event> events,
			List<CausalClaim> claims) {
		this.earlier = earlier;
		this.later = later;
		this.deltas = Collections.unmodifiableMap(deltas);
		this.events = Collections.unmodifiableList(events);
		this.claims = Collections.unmodifiableList(claims);
	}

	/** The change from one phase of a case to the next. */
	public static PhaseChange between(PlatformCase platformCase, PhaseAnalysis earlier, PhaseAnalysis later) {
		Map<Metric, Double> deltas = new EnumMap<>(Metric.class);
		for (Metric metric : Metric.values()) {
			deltas.put(metric, metric.valueIn(later.metrics()) - metric.valueIn(earlier.metrics()));
		}
		Date after = earlier.phase().getValidFrom();
		Date upTo = later.phase().getValidFrom();
		List<Event> events = new ArrayList<>();
		for (Event event : platformCase.getEvents()) {
			Date date = event.getDate();
			if (date != null && (after == null || date.after(after)) && (upTo == null || !date.after(upTo))) {
				events.add(event);
			}
		}
		events.sort(Comparator.comparing(Event::getDate));
		List<CausalClaim> claims = new ArrayList<>();
		for (CausalClaim claim : platformCase.getCausalClaims()) {
			if (events.contains(claim.getEffect())) {
				claims.add(claim);
			}
		}
		return new PhaseChange(earlier, later, deltas, events, claims);
	}

	/** The earlier phase. */
	public PhaseAnalysis earlier() {
		return earlier;
	}

	/** The later phase. */
	public PhaseAnalysis later() {
		return later;
	}

	/** Later minus earlier value of each metric. */
	public Map<Metric, Double> deltas() {
		return deltas;
	}

	/** Later minus earlier value of one metric. */
	public double delta(Metric metric) {
		return deltas.get(metric);
	}

	/** Whether the computed structure type changed. */
	public boolean typeChanged() {
		return earlier.classification().type() != later.classification().type();
	}

	/** Events between the two phases' starts, in date order. */
	public List<Event> events() {
		return events;
	}

	/** Causal claims whose effect is among the events. */
	public List<CausalClaim> claims() {
		return claims;
	}

	/** The change as plain text. */
	public String toText() {
		StringBuilder text = new StringBuilder(earlier.phase().getName()).append(" -> ").append(later.phase().getName()) //$NON-NLS-1$
				.append(": ").append(earlier.classification()).append(" -> ").append(later.classification()); //$NON-NLS-1$ //$NON-NLS-2$
		deltas.forEach((metric, delta) -> text.append(String.format(Locale.ROOT, "%n  %s %+.3f", metric.label(), delta))); //$NON-NLS-1$
		events.forEach(event -> text.append("\n  event ").append(Period.format(event.getDate())).append(' ').append(event.getName())); //$NON-NLS-1$
		claims.forEach(claim -> text.append("\n  claim ").append(claim.getCause().getName()).append(" -> ") //$NON-NLS-1$ //$NON-NLS-2$
				.append(claim.getEffect().getName()));
		return text.toString();
	}
}
