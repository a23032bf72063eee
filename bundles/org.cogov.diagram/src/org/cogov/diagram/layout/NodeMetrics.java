/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.layout;

import org.cogov.diagram.model.Box;
import org.cogov.diagram.style.Fonts;

/** The inner geometry of node boxes, shared by sizing and painting so that text always fits its box. */
public final class NodeMetrics {

	/** Horizontal padding inside a node. */
	public static final double PAD_X = 12;
	/** Padding above the title and below the last line. */
	public static final double PAD_Y = 7;
	/** Height of the title line. */
	public static final double TITLE_LINE = Fonts.lineHeight(Fonts.NODE_TITLE);
	/** Height of each further line. */
	public static final double TEXT_LINE = Fonts.lineHeight(Fonts.NODE_TEXT);
	/** The smallest node width. */
	public static final double MIN_WIDTH = 96;
	/** The widest a title runs before it wraps. */
	public static final double MAX_TITLE_WIDTH = 240;
	/** Diameter of a marker badge. */
	public static final double BADGE = 16;
	/** Padding inside an edge label box. */
	public static final double LABEL_PAD = 4;
	/** Height of an edge label box. */
	public static final double LABEL_HEIGHT = Fonts.lineHeight(Fonts.EDGE_LABEL) + 2;
	/** Height of the title band of a group. */
	public static final double GROUP_TITLE_BAND = Fonts.lineHeight(Fonts.GROUP_TITLE) + 10;
	/** Padding inside a group below its title band and along its other sides. */
	public static final double GROUP_PAD = 12;

	private NodeMetrics() {
	}

	/** The height of a node's text: the title lines and the further lines. */
	public static double textHeight(int titleLines, int lines) {
		return titleLines * TITLE_LINE + lines * TEXT_LINE;
	}

	/**
	 * The top of a node's text block; the block is centred vertically when the layout made the box taller than its
	 * text (e.g. to fit many edge ends).
	 */
	public static double textTop(Box box, int titleLines, int lines) {
		return box.y() + Math.max(PAD_Y, (box.height() - textHeight(titleLines, lines)) / 2);
	}
}
