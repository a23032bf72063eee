/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.metrics;

import java.util.function.ToDoubleFunction;

/** The collaboration metrics of a phase, for tables and phase-to-phase changes. */
public enum Metric {
	/** Ties over possible ties. */
	DENSITY("density", CollaborationMetrics::density), //$NON-NLS-1$
	/** Freeman degree centralisation. */
	CENTRALISATION("centralisation", CollaborationMetrics::centralisation), //$NON-NLS-1$
	/** Share of departments with a platform-mediated link. */
	REACH("platform reach", CollaborationMetrics::reach), //$NON-NLS-1$
	/** Share of departments without links. */
	ISOLATE_SHARE("isolate share", CollaborationMetrics::isolateShare), //$NON-NLS-1$
	/** Mutual data dyads over data dyads. */
	RECIPROCITY("data reciprocity", CollaborationMetrics::reciprocity), //$NON-NLS-1$
	/** Ties not involving a data authority over all ties. */
	LATERAL_SHARE("lateral tie share", CollaborationMetrics::lateralShare), //$NON-NLS-1$
	/** Mean number of link kinds per tie. */
	MULTIPLEXITY("multiplexity", CollaborationMetrics::multiplexity), //$NON-NLS-1$
	/** Decision inclusiveness. */
	DII("DII", CollaborationMetrics::dii), //$NON-NLS-1$
	/** Share of responsibilities with exactly one accountable actor. */
	RESPONSIBILITY_CLARITY("responsibility clarity", CollaborationMetrics::responsibilityClarity), //$NON-NLS-1$
	/** The composite index. */
	IDCI("IDCI", CollaborationMetrics::idci); //$NON-NLS-1$

	private final String label;
	private final ToDoubleFunction<CollaborationMetrics> value;

	Metric(String label, ToDoubleFunction<CollaborationMetrics> value) {
		this.label = label;
		this.value = value;
	}

	/** The metric's name in explanations and tables. */
	public String label() {
		return label;
	}

	/** The metric's value in a set of metrics. */
	public double valueIn(CollaborationMetrics metrics) {
		return value.applyAsDouble(metrics);
	}
}
