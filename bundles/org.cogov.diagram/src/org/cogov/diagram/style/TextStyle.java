/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.style;

/**
 * How a run of text is drawn.
 *
 * @param size   the font size in pixels
 * @param bold   bold or regular
 * @param colour the colour
 * @param anchor where the given x lies on the text
 */
public record TextStyle(double size, boolean bold, Colour colour, Anchor anchor) {

	/** Where the x coordinate of a text lies. */
	public enum Anchor {
		/** At the start (left). */
		START,
		/** At the middle. */
		MIDDLE,
		/** At the end (right). */
		END
	}
}
