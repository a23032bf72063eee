/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

import java.util.List;

/** A line of text in a legend, e.g. a collaboration metric; the layout sets its bounds. */
public final class LegendNote {

	private final String text;
	private List<String> lines;
	private Box bounds = Box.EMPTY;

	/** A note with the given text. */
	public LegendNote(String text) {
		this.text = text;
	}

	/** The text. */
	public String text() {
		return text;
	}

	/** The text wrapped to the legend's width by the layout; the whole text as one line before layout. */
	public List<String> lines() {
		return lines == null ? List.of(text) : lines;
	}

	/** Sets the wrapped lines (layout only). */
	public void setLines(List<String> wrapped) {
		this.lines = List.copyOf(wrapped);
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
