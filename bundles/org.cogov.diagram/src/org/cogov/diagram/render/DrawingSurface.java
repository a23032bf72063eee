/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.render;

import java.util.List;

import org.cogov.diagram.model.Box;
import org.cogov.diagram.model.Point;
import org.cogov.diagram.style.Colour;
import org.cogov.diagram.style.Stroke;
import org.cogov.diagram.style.TextStyle;

/**
 * What {@link DiagramPainter} draws on: a handful of primitives in diagram coordinates (pixels, y downwards), free
 * of AWT and SWT so that SVG, Java2D and SWT can each implement it. Dash patterns and double lines come with the
 * {@link Stroke}; a surface that cannot draw a double line may draw it solid.
 */
public interface DrawingSurface {

	/** Starts a picture of the given size filled with the background. */
	void begin(double width, double height, Colour background);

	/** A rectangle with rounded corners; fill or stroke may be null for none. */
	void rectangle(Box box, double radius, Colour fill, Stroke stroke);

	/** An open line through the points. */
	void polyline(List<Point> points, Stroke stroke);

	/** A closed shape through the points; fill or stroke may be null for none. */
	void polygon(List<Point> points, Colour fill, Stroke stroke);

	/** One line of text whose baseline is at y; x lies at the start, middle or end of it as the style says. */
	void text(String text, double x, double y, TextStyle style);

	/**
	 * Opens a logical item (a node, an edge, a group) that the following primitives belong to, until
	 * {@link #endItem()}; surfaces may use it for ids and tooltips (SVG) or ignore it.
	 *
	 * @param id      the diagram id of the item
	 * @param tooltip text describing it, may be null
	 */
	default void beginItem(String id, String tooltip) {
		// nothing by default
	}

	/** Closes the item opened last. */
	default void endItem() {
		// nothing by default
	}

	/** Ends the picture. */
	void end();
}
