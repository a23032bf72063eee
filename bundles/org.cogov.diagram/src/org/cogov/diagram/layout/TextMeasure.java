/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.layout;

/**
 * Measures the width of a line of text so that nodes and labels are sized to their text before layout. The
 * workbench may pass its own (SWT) measure; headless callers use {@link #standard()}.
 */
public interface TextMeasure {

	/**
	 * The advance width of a line of text.
	 *
	 * @param text the text, one line
	 * @param size the font size in pixels
	 * @param bold whether bold
	 * @return the width in pixels
	 */
	double width(String text, double size, boolean bold);

	/**
	 * The measure with the installed CJK font ({@link Java2DTextMeasure}, needs {@code -Djava.awt.headless=true}
	 * without a display), or the deterministic estimate when Java2D has no fonts at all.
	 */
	static TextMeasure standard() {
		return Java2DTextMeasure.available() ? Java2DTextMeasure.instance() : new EstimatedTextMeasure();
	}
}
