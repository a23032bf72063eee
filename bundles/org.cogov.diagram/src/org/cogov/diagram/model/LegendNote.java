/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

/** A line of text in a legend, e.g. a collaboration metric; the layout sets its bounds. */
public final class LegendNote {

	private final String text;
	private Box bounds = Box.EMPTY;

	/** A note with the given text. */
	public LegendNote(String text) {
		this.text = text;
	}

	/** The text. */
	public String text() {
		return text;
	}

	/** The bounds; empty before layout. */
	public Box bounds() {
		return bounds;
	}

	/** Sets the bounds (layout only). */
	public void setBounds(Box bounds) {
		this.bounds = bounds;
	}
}
