/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.cogov.model.CollaborationLink;
import org.cogov.model.StructurePhase;

/**
 * A closed interval of days whose ends may be open (null): the validity of a phase or a link. Model dates are
 * midnight UTC, so comparing instants compares days.
 */
public record Period(Date from, Date to) {

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	/** The period of a structure phase. */
	public static Period of(StructurePhase phase) {
		return new Period(phase.getValidFrom(), phase.getValidTo());
	}

	/** The period of a collaboration link. */
	public static Period of(CollaborationLink link) {
		return new Period(link.getValidFrom(), link.getValidTo());
	}

	/** The whole timeline. */
	public static Period always() {
		return new Period(null, null);
	}

	/** Whether the two periods share at least one day; missing ends are open. */
	public boolean overlaps(Period other) {
		boolean startsBeforeOtherEnds = from == null || other.to == null || !from.after(other.to);
		boolean otherStartsBeforeThisEnds = other.from == null || to == null || !other.from.after(to);
		return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
	}

	/** ISO date of a model date, or "open" for a missing one. */
	public static String format(Date date) {
		return date == null ? "open" : ISO.format(date.toInstant()); //$NON-NLS-1$
	}

	@Override
	public String toString() {
		return format(from) + " to " + format(to); //$NON-NLS-1$
	}
}
