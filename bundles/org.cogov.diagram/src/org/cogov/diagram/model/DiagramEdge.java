/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * A connection between two nodes, with an optional one-line label. The layout sets its route (first point on the
 * source's border, last on the target's) and the box of its label.
 */
public final class DiagramEdge {

	private final String id;
	private final DiagramNode source;
	private final DiagramNode target;
	private final EdgeKind kind;
	private final Channel channel;
	private final ArrowEnds ends;
	private final String label;
	private final EObject element;
	private List<Point> route = List.of();
	private Box labelBounds;

	/**
	 * @param id      unique within the diagram
	 * @param source  the node the edge starts at
	 * @param target  the node the edge ends at
	 * @param kind    what the edge shows
	 * @param channel platform-mediated, direct, or NONE for other than collaboration links
	 * @param ends    where the arrowheads go
	 * @param label   the label, or null
	 * @param element the model element shown, or null
	 */
	public DiagramEdge(String id, DiagramNode source, DiagramNode target, EdgeKind kind, Channel channel, ArrowEnds ends,
			String label, EObject element) {
		this.id = id;
		this.source = source;
		this.target = target;
		this.kind = kind;
		this.channel = channel;
		this.ends = ends;
		this.label = label;
		this.element = element;
	}

	/** The identifier, unique within the diagram. */
	public String id() {
		return id;
	}

	/** The node the edge starts at. */
	public DiagramNode source() {
		return source;
	}

	/** The node the edge ends at. */
	public DiagramNode target() {
		return target;
	}

	/** What the edge shows. */
	public EdgeKind kind() {
		return kind;
	}

	/** Platform-mediated, direct, or NONE. */
	public Channel channel() {
		return channel;
	}

	/** Where the arrowheads go. */
	public ArrowEnds ends() {
		return ends;
	}

	/** The label, or null. */
	public String label() {
		return label;
	}

	/** The model element shown, or null. */
	public EObject element() {
		return element;
	}

	/** The route from the source's border to the target's border; empty before layout. */
	public List<Point> route() {
		return route;
	}

	/** Sets the route (layout only). */
	public void setRoute(List<Point> route) {
		this.route = List.copyOf(route);
	}

	/** The box of the label, or null when there is no label or before layout. */
	public Box labelBounds() {
		return labelBounds;
	}

	/** Sets the box of the label (layout only). */
	public void setLabelBounds(Box labelBounds) {
		this.labelBounds = labelBounds;
	}

	@Override
	public String toString() {
		return kind + " " + source.id() + " -> " + target.id(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
