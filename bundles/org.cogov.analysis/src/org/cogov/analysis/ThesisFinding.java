/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cogov.model.StructureType;

/**
 * Whether a study agrees with the thesis' finding that the network platform promotes inter-departmental
 * collaboration best, read as: a NETWORK case has a strictly higher IDCI than every case of another type (each
 * case in its current phase).
 *
 * @param verdict  the verdict
 * @param sentence the verdict in one sentence naming the cases and values
 */
public record ThesisFinding(Verdict verdict, String sentence) {

	/** The possible verdicts. */
	public enum Verdict {
		/** A network case has the highest IDCI. */
		SUPPORTED,
		/** A case of another type reaches or exceeds the best network case's IDCI. */
		NOT_SUPPORTED,
		/** No network case, or nothing to compare it with. */
		NOT_APPLICABLE
	}

	/** Assesses the rows of a comparison. */
	public static ThesisFinding assess(List<StudyComparison.Row> rows) {
		Comparator<StudyComparison.Row> byIdci = Comparator.comparingDouble(StudyComparison.Row::idci);
		Optional<StudyComparison.Row> network = rows.stream().filter(r -> r.type() == StructureType.NETWORK).max(byIdci);
		Optional<StudyComparison.Row> other = rows.stream().filter(r -> r.type() != StructureType.NETWORK).max(byIdci);
		if (network.isEmpty()) {
			return new ThesisFinding(Verdict.NOT_APPLICABLE,
					"No case is classified NETWORK in its current phase, so the thesis' finding cannot be tested in this study."); //$NON-NLS-1$
		}
		if (other.isEmpty()) {
			return new ThesisFinding(Verdict.NOT_APPLICABLE,
					"Every case is classified NETWORK, so there is no other structure type to compare with."); //$NON-NLS-1$
		}
		StudyComparison.Row n = network.get();
		StudyComparison.Row o = other.get();
		if (n.idci() > o.idci() + 1e-9) {
			return new ThesisFinding(Verdict.SUPPORTED, String.format(Locale.ROOT,
					"Network case %s has the highest IDCI (%.3f), above the best other case %s (%s, %.3f): consistent with the thesis' finding that the network platform promotes inter-departmental collaboration best.", //$NON-NLS-1$
					n.caseName(), n.idci(), o.caseName(), o.type().getName(), o.idci()));
		}
		return new ThesisFinding(Verdict.NOT_SUPPORTED, String.format(Locale.ROOT,
				"Case %s (%s) has IDCI %.3f, at or above the best network case %s (%.3f): this study does not support the thesis' finding that the network platform promotes inter-departmental collaboration best.", //$NON-NLS-1$
				o.caseName(), o.type().getName(), o.idci(), n.caseName(), n.idci()));
	}
}
