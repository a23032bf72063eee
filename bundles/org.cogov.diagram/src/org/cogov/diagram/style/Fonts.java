/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.style;

import java.util.List;

/**
 * Fonts and text sizes of the diagrams, chosen so that a picture about 1100-1200 px wide (A4 width at 96 dpi)
 * stays readable: no text below 11 px. Chinese labels need a CJK font: the families are tried in order; Debian's
 * {@code fonts-noto-cjk} (Noto Sans CJK SC), installed on the build machines and in CI, is the one we measure with.
 */
public final class Fonts {

	/** The font families in order of preference; the last is a generic or logical fallback. */
	public static final List<String> FAMILIES = List.of("Noto Sans CJK SC", "WenQuanYi Micro Hei", "SansSerif"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** The diagram title. */
	public static final double TITLE = 18;
	/** The second title line. */
	public static final double SUBTITLE = 13;
	/** The bold first line of a node. */
	public static final double NODE_TITLE = 13;
	/** Further lines of a node. */
	public static final double NODE_TEXT = 11.5;
	/** Edge labels. */
	public static final double EDGE_LABEL = 11;
	/** Group titles. */
	public static final double GROUP_TITLE = 12;
	/** Legend text. */
	public static final double LEGEND = 11.5;
	/** Marker badge letters. */
	public static final double BADGE = 11;

	/** Line height as a multiple of the font size. */
	public static final double LINE_SPACING = 1.35;

	private Fonts() {
	}

	/** The height of one line of text of a size. */
	public static double lineHeight(double size) {
		return Math.ceil(size * LINE_SPACING);
	}

	/**
	 * The baseline of a line of text centred vertically in a band: mixed CJK and Latin text looks centred when the
	 * baseline sits about 0.36 em below the band's middle.
	 */
	public static double baseline(double top, double bandHeight, double size) {
		return top + bandHeight / 2 + size * 0.36;
	}
}
