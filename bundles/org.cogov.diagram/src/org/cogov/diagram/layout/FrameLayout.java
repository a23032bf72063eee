/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.layout;

import java.util.List;

import org.cogov.diagram.model.Box;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramGroup;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.model.Legend;
import org.cogov.diagram.model.LegendEntry;
import org.cogov.diagram.model.LegendNote;
import org.cogov.diagram.model.Point;
import org.cogov.diagram.style.Fonts;

/**
 * The frame around laid-out content: title and subtitle on top, the content centred below them, the legend under
 * the content in as many columns as fit, its notes wrapped to the legend's width. The picture is at least
 * {@link #MIN_WIDTH} wide so that the legend stays compact for small diagrams.
 */
final class FrameLayout {

	/** The smallest picture width. */
	static final double MIN_WIDTH = 760;
	/** The outer margin. */
	static final double MARGIN = 24;
	private static final double SAMPLE_WIDTH = LegendMetrics.SAMPLE_WIDTH;
	private static final double ROW = LegendMetrics.ROW;
	private static final double LEGEND_PAD = LegendMetrics.PAD;

	private FrameLayout() {
	}

	static void frame(Diagram diagram, TextMeasure measure) {
		Box content = contentBounds(diagram);
		double titleWidth = measure.width(diagram.title(), Fonts.TITLE, true);
		double subtitleWidth = measure.width(diagram.subtitle(), Fonts.SUBTITLE, false);
		double widest = Math.max(content.width(), Math.max(titleWidth, subtitleWidth));
		for (LegendEntry entry : diagram.legend().entries()) { // the legend never overflows: one entry fits a row
			widest = Math.max(widest, SAMPLE_WIDTH + LegendMetrics.SAMPLE_GAP + measure.width(entry.text(), Fonts.LEGEND, false)
					+ 20 + 2 * LEGEND_PAD);
		}
		double width = Math.ceil(Math.max(MIN_WIDTH, widest + 2 * MARGIN));
		Box title = new Box(MARGIN, MARGIN, titleWidth, Fonts.lineHeight(Fonts.TITLE));
		double top = title.bottom();
		Box subtitle = Box.EMPTY;
		if (!diagram.subtitle().isEmpty()) {
			subtitle = new Box(MARGIN, top + 2, subtitleWidth, Fonts.lineHeight(Fonts.SUBTITLE));
			top = subtitle.bottom();
		}
		top += 20;
		double dx = (width - content.width()) / 2 - content.x();
		double dy = top - content.y();
		translate(diagram, dx, dy);
		Box placed = content.translate(dx, dy);
		double bottom = legend(diagram.legend(), measure, MARGIN, placed.bottom() + 24, width - 2 * MARGIN);
		diagram.setFrame(width, Math.ceil(bottom + MARGIN), title, subtitle, placed);
	}

	/** The union of nodes, groups, routes and edge labels; the empty box at the origin when there is nothing. */
	static Box contentBounds(Diagram diagram) {
		Box bounds = null;
		for (DiagramNode node : diagram.nodes()) {
			bounds = bounds == null ? node.bounds() : bounds.union(node.bounds());
		}
		for (DiagramGroup group : diagram.groups()) {
			bounds = bounds == null ? group.bounds() : bounds.union(group.bounds());
		}
		for (DiagramEdge edge : diagram.edges()) {
			for (Point p : edge.route()) {
				Box point = new Box(p.x(), p.y(), 0, 0);
				bounds = bounds == null ? point : bounds.union(point);
			}
			if (edge.labelBounds() != null) {
				bounds = bounds == null ? edge.labelBounds() : bounds.union(edge.labelBounds());
			}
		}
		return bounds == null ? Box.EMPTY : bounds;
	}

	private static void translate(Diagram diagram, double dx, double dy) {
		diagram.nodes().forEach(n -> n.setBounds(n.bounds().translate(dx, dy)));
		diagram.groups().forEach(g -> g.setBounds(g.bounds().translate(dx, dy)));
		for (DiagramEdge edge : diagram.edges()) {
			edge.setRoute(edge.route().stream().map(p -> p.translate(dx, dy)).toList());
			if (edge.labelBounds() != null) {
				edge.setLabelBounds(edge.labelBounds().translate(dx, dy));
			}
		}
	}

	/** Places the legend's entries and notes; returns its bottom. */
	private static double legend(Legend legend, TextMeasure measure, double x, double y, double width) {
		if (legend.entries().isEmpty() && legend.notes().isEmpty()) {
			legend.setBounds(Box.EMPTY);
			return y - 24;
		}
		double inner = width - 2 * LEGEND_PAD;
		List<LegendEntry> entries = legend.entries();
		double[] widths = new double[entries.size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = SAMPLE_WIDTH + LegendMetrics.SAMPLE_GAP + measure.width(entries.get(i).text(), Fonts.LEGEND, false) + 20;
		}
		int rows = entries.isEmpty() ? 0 : rowsFor(widths, inner);
		double top = y + LEGEND_PAD + Fonts.lineHeight(Fonts.LEGEND) + 4; // below the heading "Legend"
		double left = x + LEGEND_PAD;
		for (int start = 0; start < entries.size(); start += rows) { // column-major: reads down each column
			int end = Math.min(entries.size(), start + rows);
			double columnWidth = columnWidth(widths, start, end);
			for (int i = start; i < end; i++) {
				entries.get(i).setBounds(new Box(left, top + (i - start) * ROW, Math.min(columnWidth, inner) - 20, ROW));
			}
			left += columnWidth;
		}
		double next = top + rows * ROW + (rows > 0 ? 6 : 0);
		double line = Fonts.lineHeight(Fonts.LEGEND);
		for (LegendNote note : legend.notes()) {
			List<String> lines = TextWrap.wrap(note.text(), measure, Fonts.LEGEND, false, inner);
			note.setLines(lines);
			note.setBounds(new Box(x + LEGEND_PAD, next, inner, lines.size() * line));
			next += lines.size() * line + 2;
		}
		double bottom = next + LEGEND_PAD;
		legend.setBounds(new Box(x, y, width, bottom - y));
		return bottom;
	}

	/** The fewest rows whose columns, each as wide as its widest entry, fit the width. */
	private static int rowsFor(double[] widths, double inner) {
		for (int rows = 1; rows < widths.length; rows++) {
			double total = 0;
			for (int start = 0; start < widths.length; start += rows) {
				total += columnWidth(widths, start, Math.min(widths.length, start + rows));
			}
			if (total <= inner) {
				return rows;
			}
		}
		return Math.max(1, widths.length);
	}

	private static double columnWidth(double[] widths, int start, int end) {
		double width = 0;
		for (int i = start; i < end; i++) {
			width = Math.max(width, widths[i]);
		}
		return width;
	}
}
