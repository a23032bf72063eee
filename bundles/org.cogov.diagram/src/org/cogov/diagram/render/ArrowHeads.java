/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.render;

import java.util.ArrayList;
import java.util.List;

import org.cogov.diagram.model.Point;
import org.cogov.diagram.style.ArrowHead;
import org.cogov.diagram.style.Stroke;

/** Draws arrowheads and pulls line ends back so that a line does not poke through its arrowhead's tip. */
final class ArrowHeads {

	static final double LENGTH = 10;
	static final double HALF_WIDTH = 4.5;
	private static final double BAR_HALF = 6.5;

	private ArrowHeads() {
	}

	/** How far the line stops short of the tip. */
	static double inset(ArrowHead head, Stroke stroke) {
		return switch (head) {
		case FILLED -> LENGTH - 1;
		case OPEN -> stroke.width() / 2;
		case BAR -> 0;
		};
	}

	/** The route with its ends pulled back by the insets. */
	static List<Point> shorten(List<Point> route, double atStart, double atEnd) {
		List<Point> points = new ArrayList<>(route);
		int n = points.size();
		if (n < 2) {
			return points;
		}
		if (atEnd > 0) {
			points.set(n - 1, towards(points.get(n - 1), points.get(n - 2), atEnd));
		}
		if (atStart > 0) {
			points.set(0, towards(points.get(0), points.get(1), atStart));
		}
		return points;
	}

	private static Point towards(Point from, Point to, double distance) {
		double length = from.distance(to);
		if (length < 1e-9) {
			return from;
		}
		double t = Math.min(distance, length * 0.45) / length;
		return new Point(from.x() + (to.x() - from.x()) * t, from.y() + (to.y() - from.y()) * t);
	}

	/** Draws a head whose tip is at tip, pointing away from the point before it. */
	static void draw(DrawingSurface surface, ArrowHead head, Point before, Point tip, Stroke stroke) {
		double dx = tip.x() - before.x();
		double dy = tip.y() - before.y();
		double length = Math.hypot(dx, dy);
		if (length < 1e-9) {
			return;
		}
		double ux = dx / length;
		double uy = dy / length;
		Stroke solid = stroke.solidified();
		switch (head) {
		case FILLED -> surface.polygon(List.of(tip, side(tip, ux, uy, LENGTH, HALF_WIDTH), side(tip, ux, uy, LENGTH, -HALF_WIDTH)),
				stroke.colour(), solid.withWidth(1));
		case OPEN -> surface.polyline(List.of(side(tip, ux, uy, LENGTH, HALF_WIDTH + 0.5), tip,
				side(tip, ux, uy, LENGTH, -HALF_WIDTH - 0.5)), solid.withWidth(Math.max(1.4, stroke.width())));
		case BAR -> surface.polyline(List.of(side(tip, ux, uy, 3, BAR_HALF), side(tip, ux, uy, 3, -BAR_HALF)),
				solid.withWidth(Math.max(2.4, stroke.width())));
		}
	}

	/** The point back from the tip along the line by back and sideways by across. */
	private static Point side(Point tip, double ux, double uy, double back, double across) {
		return new Point(tip.x() - ux * back - uy * across, tip.y() - uy * back + ux * across);
	}
}
