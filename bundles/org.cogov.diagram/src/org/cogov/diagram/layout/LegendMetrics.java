/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.layout;

/** The geometry of the legend box, shared by the frame layout and the painters. */
public final class LegendMetrics {

	/** Width of a sample (node box, line, badge) in front of its text. */
	public static final double SAMPLE_WIDTH = 40;
	/** Space between sample and text. */
	public static final double SAMPLE_GAP = 8;
	/** Height of a legend row. */
	public static final double ROW = 22;
	/** Padding inside the legend box. */
	public static final double PAD = 12;
	/** The English heading of the legend box; a diagram draws its own {@code Legend.heading()}. */
	public static final String HEADING = "Legend"; //$NON-NLS-1$

	private LegendMetrics() {
	}
}
