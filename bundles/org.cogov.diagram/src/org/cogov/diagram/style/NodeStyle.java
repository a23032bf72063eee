/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.style;

/**
 * How a node box is drawn.
 *
 * @param fill      the fill
 * @param border    the border line
 * @param text      the text colour
 * @param radius    the corner radius
 */
public record NodeStyle(Colour fill, Stroke border, Colour text, double radius) {

	/** The same style with another fill and border. */
	public NodeStyle with(Colour newFill, Stroke newBorder) {
		return new NodeStyle(newFill, newBorder, text, radius);
	}
}
