/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

/**
 * A point in diagram coordinates (pixels at 96 dpi, y downwards).
 *
 * @param x horizontal position
 * @param y vertical position
 */
public record Point(double x, double y) {

	/** The distance to another point. */
	public double distance(Point other) {
		return Math.hypot(other.x - x, other.y - y);
	}

	/** This point moved by an offset. */
	public Point translate(double dx, double dy) {
		return new Point(x + dx, y + dy);
	}
}
