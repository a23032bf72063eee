/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.style;

import java.util.List;

/**
 * How a line is drawn.
 *
 * @param colour  the colour
 * @param width   the width in pixels
 * @param dashes  alternating dash and gap lengths in pixels; empty for a solid line
 * @param doubled a double line (two thin parallel lines), drawn as a wide line with a light core
 */
public record Stroke(Colour colour, double width, List<Double> dashes, boolean doubled) {

	/** A solid line. */
	public static Stroke solid(Colour colour, double width) {
		return new Stroke(colour, width, List.of(), false);
	}

	/** A dashed line. */
	public static Stroke dashed(Colour colour, double width, Double... pattern) {
		return new Stroke(colour, width, List.of(pattern), false);
	}

	/** A double line. */
	public static Stroke doubleLine(Colour colour, double width) {
		return new Stroke(colour, width, List.of(), true);
	}

	/** Whether the line is solid. */
	public boolean isSolid() {
		return dashes.isEmpty();
	}

	/** The same line in another width. */
	public Stroke withWidth(double newWidth) {
		return new Stroke(colour, newWidth, dashes, doubled);
	}

	/** The same line in another colour. */
	public Stroke withColour(Colour newColour) {
		return new Stroke(newColour, width, dashes, doubled);
	}

	/** The same line, solid. */
	public Stroke solidified() {
		return new Stroke(colour, width, List.of(), false);
	}
}
