/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

/**
 * One diagram: a title, nodes, edges between them, groups around some nodes and a legend. Built by the builders
 * of {@code org.cogov.diagram.build}; the layout of {@code org.cogov.diagram.layout} sets every bound and route in
 * one coordinate system whose origin is the top-left corner of the picture, of size {@link #width()} x
 * {@link #height()}.
 */
public final class Diagram {

	private final DiagramKind kind;
	private final String title;
	private final String subtitle;
	private final Locale locale;
	private final Map<String, DiagramNode> nodes = new LinkedHashMap<>();
	private final List<DiagramEdge> edges = new ArrayList<>();
	private final List<DiagramGroup> groups = new ArrayList<>();
	private final Legend legend;
	private Box titleBounds = Box.EMPTY;
	private Box subtitleBounds = Box.EMPTY;
	private Box contentBounds = Box.EMPTY;
	private double width;
	private double height;

	/**
	 * @param kind     the kind
	 * @param title    the title, e.g. "A县 (CountyA) · phase P2 · decision structure"
	 * @param subtitle the second line, e.g. the computed type; may be empty
	 */
	public Diagram(DiagramKind kind, String title, String subtitle) {
		this(kind, title, subtitle, Locale.getDefault());
	}

	/**
	 * @param kind     the kind
	 * @param title    the title, e.g. "A县 (CountyA) · 阶段 P2 · 决策结构"
	 * @param subtitle the second line, e.g. the computed type; may be empty
	 * @param locale   the language of the diagram's own words (legend heading; the builders' texts)
	 */
	public Diagram(DiagramKind kind, String title, String subtitle, Locale locale) {
		this.kind = kind;
		this.title = title;
		this.subtitle = subtitle == null ? "" : subtitle; //$NON-NLS-1$
		this.locale = locale == null ? Locale.getDefault() : locale;
		this.legend = new Legend(DiagramWords.get(this.locale, "legend.heading")); //$NON-NLS-1$
	}

	/** The kind. */
	public DiagramKind kind() {
		return kind;
	}

	/** The title. */
	public String title() {
		return title;
	}

	/** The second title line; empty when none. */
	public String subtitle() {
		return subtitle;
	}

	/** The language of the diagram's words. */
	public Locale locale() {
		return locale;
	}

	/** Adds a node; its id must be new. */
	public DiagramNode add(DiagramNode node) {
		if (nodes.putIfAbsent(node.id(), node) != null) {
			throw new IllegalArgumentException("duplicate node id " + node.id()); //$NON-NLS-1$
		}
		return node;
	}

	/** Adds an edge between nodes of this diagram. */
	public DiagramEdge add(DiagramEdge edge) {
		if (nodes.get(edge.source().id()) != edge.source() || nodes.get(edge.target().id()) != edge.target()) {
			throw new IllegalArgumentException("edge " + edge + " joins nodes of another diagram"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		edges.add(edge);
		return edge;
	}

	/** Adds a group. */
	public DiagramGroup add(DiagramGroup group) {
		groups.add(group);
		return group;
	}

	/** The nodes in the order added. */
	public List<DiagramNode> nodes() {
		return List.copyOf(nodes.values());
	}

	/** The node with an id, or null. */
	public DiagramNode node(String id) {
		return nodes.get(id);
	}

	/** The first node showing a model element, or null. */
	public DiagramNode nodeOf(EObject element) {
		Objects.requireNonNull(element);
		return nodes.values().stream().filter(n -> n.element() == element).findFirst().orElse(null);
	}

	/** The nodes of one kind, in order. */
	public List<DiagramNode> nodes(NodeKind nodeKind) {
		return nodes.values().stream().filter(n -> n.kind() == nodeKind).toList();
	}

	/** The node drawn on top at a point, or null: for selection in a viewer. */
	public DiagramNode nodeAt(double x, double y) {
		DiagramNode hit = null;
		for (DiagramNode node : nodes.values()) { // painted in order, so the last one containing the point is on top
			Box b = node.bounds();
			if (x >= b.x() && x <= b.right() && y >= b.y() && y <= b.bottom()) {
				hit = node;
			}
		}
		return hit;
	}

	/** The edge whose route or label passes nearest to a point within a tolerance, or null: for selection. */
	public DiagramEdge edgeAt(double x, double y, double tolerance) {
		DiagramEdge hit = null;
		double best = tolerance;
		Point p = new Point(x, y);
		for (DiagramEdge edge : edges) {
			Box label = edge.labelBounds();
			if (label != null && label.grow(tolerance).contains(new Box(x, y, 0, 0), 0)) {
				return edge;
			}
			for (int i = 1; i < edge.route().size(); i++) {
				double d = distance(p, edge.route().get(i - 1), edge.route().get(i));
				if (d <= best) {
					best = d;
					hit = edge;
				}
			}
		}
		return hit;
	}

	private static double distance(Point p, Point a, Point b) {
		double dx = b.x() - a.x();
		double dy = b.y() - a.y();
		double length = dx * dx + dy * dy;
		double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length));
		return p.distance(new Point(a.x() + t * dx, a.y() + t * dy));
	}

	/** The edges in the order added. */
	public List<DiagramEdge> edges() {
		return Collections.unmodifiableList(edges);
	}

	/** The groups in the order added. */
	public List<DiagramGroup> groups() {
		return Collections.unmodifiableList(groups);
	}

	/** The legend. */
	public Legend legend() {
		return legend;
	}

	/** Where the title is drawn; empty before layout. */
	public Box titleBounds() {
		return titleBounds;
	}

	/** Where the subtitle is drawn; empty before layout or without subtitle. */
	public Box subtitleBounds() {
		return subtitleBounds;
	}

	/** The area of nodes, groups and edges; empty before layout. */
	public Box contentBounds() {
		return contentBounds;
	}

	/** The picture's width; 0 before layout. */
	public double width() {
		return width;
	}

	/** The picture's height; 0 before layout. */
	public double height() {
		return height;
	}

	/** Sets the frame (layout only). */
	public void setFrame(double frameWidth, double frameHeight, Box title, Box subtitle, Box content) {
		this.width = frameWidth;
		this.height = frameHeight;
		this.titleBounds = title;
		this.subtitleBounds = subtitle;
		this.contentBounds = content;
	}

	/** Whether the layout has run. */
	public boolean isLaidOut() {
		return width > 0 && height > 0;
	}
}
