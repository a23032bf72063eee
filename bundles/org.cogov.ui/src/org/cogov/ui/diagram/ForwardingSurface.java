/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.diagram;

import java.util.List;

import org.cogov.diagram.model.Box;
import org.cogov.diagram.model.Point;
import org.cogov.diagram.render.DrawingSurface;
import org.cogov.diagram.style.Colour;
import org.cogov.diagram.style.Stroke;
import org.cogov.diagram.style.TextStyle;

/** A surface that passes every primitive on, for subclasses that add something before or after the picture. */
class ForwardingSurface implements DrawingSurface {

	private final DrawingSurface target;

	ForwardingSurface(DrawingSurface target) {
		this.target = target;
	}

	@Override
	public void begin(double width, double height, Colour background) {
		target.begin(width, height, background);
	}

	@Override
	public void rectangle(Box box, double radius, Colour fill, Stroke stroke) {
		target.rectangle(box, radius, fill, stroke);
	}

	@Override
	public void polyline(List<Point> points, Stroke stroke) {
		target.polyline(points, stroke);
	}

	@Override
	public void polygon(List<Point> points, Colour fill, Stroke stroke) {
		target.polygon(points, fill, stroke);
	}

	@Override
	public void text(String text, double x, double y, TextStyle style) {
		target.text(text, x, y, style);
	}

	@Override
	public void beginItem(String id, String tooltip) {
		target.beginItem(id, tooltip);
	}

	@Override
	public void endItem() {
		target.endItem();
	}

	@Override
	public void end() {
		target.end();
	}
}
