/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.layout;

import java.util.List;

import org.cogov.diagram.model.Box;
import org.cogov.diagram.model.DiagramNode;

/**
 * Removes overlaps between node boxes placed by a force or stress layout, keeping the picture's shape: a few
 * rounds of pushing overlapping pairs apart along the axis of least overlap, then, to guarantee the result, a
 * uniform scaling of the centres just large enough to separate every remaining pair. Quadratic in the number of
 * nodes, so meant for the small networks that get a stress layout.
 */
final class OverlapRemoval {

	private static final int ROUNDS = 60;

	private OverlapRemoval() {
	}

	/** Moves the nodes so that every two boxes are at least gap apart in x or in y. */
	static void separate(List<DiagramNode> nodes, double gap) {
		int n = nodes.size();
		double[] x = new double[n];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = nodes.get(i).bounds().centre().x();
			y[i] = nodes.get(i).bounds().centre().y();
		}
		untangleCoincident(x, y);
		for (int round = 0; round < ROUNDS && push(nodes, x, y, gap); round++) {
			// each round moves overlapping pairs half their overlap apart each
		}
		scaleApart(nodes, x, y, gap);
		for (int i = 0; i < n; i++) {
			Box b = nodes.get(i).bounds();
			nodes.get(i).setBounds(new Box(x[i] - b.width() / 2, y[i] - b.height() / 2, b.width(), b.height()));
		}
	}

	/** Spreads nodes that share a centre along a small diagonal, deterministically by index. */
	private static void untangleCoincident(double[] x, double[] y) {
		for (int i = 0; i < x.length; i++) {
			for (int j = 0; j < i; j++) {
				if (Math.abs(x[i] - x[j]) < 1e-6 && Math.abs(y[i] - y[j]) < 1e-6) {
					x[i] += 1.0 + i * 1e-3;
					y[i] += 0.5 + i * 1e-3;
				}
			}
		}
	}

	private static boolean push(List<DiagramNode> nodes, double[] x, double[] y, double gap) {
		boolean moved = false;
		for (int i = 0; i < x.length; i++) {
			for (int j = i + 1; j < x.length; j++) {
				double needX = needX(nodes, i, j, gap);
				double needY = needY(nodes, i, j, gap);
				double dx = x[j] - x[i];
				double dy = y[j] - y[i];
				double overX = needX - Math.abs(dx);
				double overY = needY - Math.abs(dy);
				if (overX <= 0 || overY <= 0) {
					continue;
				}
				moved = true;
				// move along the axis where less movement separates them, relative to the needed distance
				if (overX / needX < overY / needY) {
					double s = (dx >= 0 ? 1 : -1) * (overX / 2 + 0.5);
					x[i] -= s;
					x[j] += s;
				} else {
					double s = (dy >= 0 ? 1 : -1) * (overY / 2 + 0.5);
					y[i] -= s;
					y[j] += s;
				}
			}
		}
		return moved;
	}

	private static void scaleApart(List<DiagramNode> nodes, double[] x, double[] y, double gap) {
		double factor = 1;
		for (int i = 0; i < x.length; i++) {
			for (int j = i + 1; j < x.length; j++) {
				double dx = Math.abs(x[j] - x[i]);
				double dy = Math.abs(y[j] - y[i]);
				double needX = needX(nodes, i, j, gap);
				double needY = needY(nodes, i, j, gap);
				if (dx < needX && dy < needY) {
					double byX = dx > 1e-9 ? needX / dx : Double.MAX_VALUE;
					double byY = dy > 1e-9 ? needY / dy : Double.MAX_VALUE;
					factor = Math.max(factor, Math.min(byX, byY) * 1.001);
				}
			}
		}
		if (factor > 1) {
			for (int i = 0; i < x.length; i++) {
				x[i] *= factor;
				y[i] *= factor;
			}
		}
	}

	private static double needX(List<DiagramNode> nodes, int i, int j, double gap) {
		return (nodes.get(i).bounds().width() + nodes.get(j).bounds().width()) / 2 + gap;
	}

	private static double needY(List<DiagramNode> nodes, int i, int j, double gap) {
		return (nodes.get(i).bounds().height() + nodes.get(j).bounds().height()) / 2 + gap;
	}
}
