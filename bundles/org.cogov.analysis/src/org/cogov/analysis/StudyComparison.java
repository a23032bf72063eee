/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.cogov.analysis.classification.Classification;
import org.cogov.analysis.classification.Feature;
import org.cogov.analysis.metrics.CollaborationMetrics;
import org.cogov.analysis.metrics.Metric;
import org.cogov.model.Actor;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructurePhase;
import org.cogov.model.StructureType;

/**
 * The cases of a study side by side, each in its current phase: structure type, decision-share figures and every
 * collaboration metric, and whether the study agrees with the thesis' finding that the network platform promotes
 * inter-departmental collaboration best.
 */
public final class StudyComparison {

	/**
	 * One case in its current phase.
	 *
	 * @param platformCase the case
	 * @param phase        its current phase
	 * @param type         computed structure type
	 * @param nearestType  nearest type (the type itself unless HYBRID)
	 * @param g            G
	 * @param e            E
	 * @param smax         smax
	 * @param lead         actor with the largest share, or null
	 * @param hhi          HHI*
	 * @param nDec         nDec
	 * @param metrics      collaboration metrics, IDCI among them
	 */
	public record Row(PlatformCase platformCase, StructurePhase phase, StructureType type, StructureType nearestType,
			double g, double e, double smax, Actor lead, double hhi, int nDec, CollaborationMetrics metrics) {

		/** The case's name. */
		public String caseName() {
			return platformCase.getName();
		}

		/** The composite index. */
		public double idci() {
			return metrics.idci();
		}

		static Row of(PhaseAnalysis analysis) {
			Classification c = analysis.classification();
			return new Row((PlatformCase) analysis.phase().eContainer(), analysis.phase(), c.type(), c.nearestType(),
					analysis.features().value(Feature.G), analysis.features().value(Feature.E),
					analysis.features().value(Feature.SMAX), analysis.features().lead(),
					analysis.features().value(Feature.HHI), (int) analysis.features().value(Feature.N_DEC), analysis.metrics());
		}
	}

	private final List<Row> rows;
	private final ThesisFinding finding;

	private StudyComparison(List<Row> rows) {
		this.rows = Collections.unmodifiableList(rows);
		this.finding = ThesisFinding.assess(rows);
	}

	/** Compares analysed cases; cases without a phase have no row. */
	public static StudyComparison of(List<CaseAnalysis> cases) {
		List<Row> rows = new ArrayList<>();
		for (CaseAnalysis analysis : cases) {
			if (analysis.current() != null) {
				rows.add(Row.of(analysis.current()));
			}
		}
		return new StudyComparison(rows);
	}

	/** One row per case with a phase, in the given order. */
	public List<Row> rows() {
		return rows;
	}

	/** The row of a case, or null. */
	public Row row(PlatformCase platformCase) {
		return rows.stream().filter(r -> r.platformCase() == platformCase).findFirst().orElse(null);
	}

	/** Whether the study supports the thesis' finding. */
	public ThesisFinding thesisFinding() {
		return finding;
	}

	/** The comparison as a tab-separated table with a header line, then the finding. */
	public String toText() {
		StringBuilder text = new StringBuilder("case\tphase\ttype\tG\tE\tsmax\tlead\tHHI*\tnDec"); //$NON-NLS-1$
		for (Metric metric : Metric.values()) {
			text.append('\t').append(metric.label());
		}
		for (Row row : rows) {
			text.append('\n').append(row.caseName()).append('\t').append(row.phase().getName()).append('\t')
					.append(row.type() == StructureType.HYBRID ? "HYBRID~" + row.nearestType().getName() : row.type().getName()) //$NON-NLS-1$
					.append(String.format(Locale.ROOT, "\t%.3f\t%.3f\t%.3f\t%s\t%.3f\t%d", row.g(), row.e(), row.smax(), //$NON-NLS-1$
							row.lead() == null ? "-" : row.lead().getName(), row.hhi(), row.nDec())); //$NON-NLS-1$
			for (Metric metric : Metric.values()) {
				text.append(String.format(Locale.ROOT, "\t%.3f", metric.valueIn(row.metrics()))); //$NON-NLS-1$
			}
		}
		return text.append('\n').append(finding.sentence()).toString();
	}
}
