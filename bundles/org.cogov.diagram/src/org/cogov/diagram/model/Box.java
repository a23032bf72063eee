/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

/**
 * An axis-parallel rectangle in diagram coordinates.
 *
 * @param x      left
 * @param y      top
 * @param width  width, not negative
 * @param height height, not negative
 */
public record Box(double x, double y, double width, double height) {

	/** The empty box at the origin, the bounds of a shape before layout. */
	public static final Box EMPTY = new Box(0, 0, 0, 0);

	/** The right edge. */
	public double right() {
		return x + width;
	}

	/** The bottom edge. */
	public double bottom() {
		return y + height;
	}

	/** The centre. */
	public Point centre() {
		return new Point(x + width / 2, y + height / 2);
	}

	/** Whether the interiors of the two boxes intersect by more than the tolerance in both directions. */
	public boolean overlaps(Box other, double tolerance) {
		return x + tolerance < other.right() && other.x + tolerance < right() && y + tolerance < other.bottom()
				&& other.y + tolerance < bottom();
	}

	/** Whether the other box lies inside this one, within the tolerance. */
	public boolean contains(Box other, double tolerance) {
		return other.x >= x - tolerance && other.y >= y - tolerance && other.right() <= right() + tolerance
				&& other.bottom() <= bottom() + tolerance;
	}

	/** Whether the point lies on the border of this box, within the tolerance. */
	public boolean onBorder(Point p, double tolerance) {
		boolean inside = p.x() >= x - tolerance && p.x() <= right() + tolerance && p.y() >= y - tolerance
				&& p.y() <= bottom() + tolerance;
		boolean nearSide = Math.abs(p.x() - x) <= tolerance || Math.abs(p.x() - right()) <= tolerance
				|| Math.abs(p.y() - y) <= tolerance || Math.abs(p.y() - bottom()) <= tolerance;
		return inside && nearSide;
	}

	/** This box moved by an offset. */
	public Box translate(double dx, double dy) {
		return new Box(x + dx, y + dy, width, height);
	}

	/** The smallest box holding this box and the other. */
	public Box union(Box other) {
		double left = Math.min(x, other.x);
		double top = Math.min(y, other.y);
		return new Box(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
	}

	/** This box grown by a margin on every side. */
	public Box grow(double margin) {
		return new Box(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
	}
}
