/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

/**
 * A box showing one model element: a bold title (usually the element's label, e.g. 大数据局) and smaller lines
 * below it. The layout sets its bounds; the element is kept so that a workbench can link selection.
 */
public final class DiagramNode {

	private final String id;
	private final NodeKind kind;
	private final String title;
	private final List<String> lines;
	private final EObject element;
	private final Set<NodeFlag> flags = EnumSet.noneOf(NodeFlag.class);
	private final List<Marker> markers = new ArrayList<>();
	private List<String> titleLines;
	private DiagramGroup group;
	private Box bounds = Box.EMPTY;

	/**
	 * @param id      unique within the diagram
	 * @param kind    what the node shows
	 * @param title   the first, bold line
	 * @param lines   further lines, may be empty
	 * @param element the model element shown, or null for a node that stands for no single element
	 */
	public DiagramNode(String id, NodeKind kind, String title, List<String> lines, EObject element) {
		this.id = id;
		this.kind = kind;
		this.title = title;
		this.lines = List.copyOf(lines);
		this.element = element;
	}

	/** The identifier, unique within the diagram. */
	public String id() {
		return id;
	}

	/** What the node shows. */
	public NodeKind kind() {
		return kind;
	}

	/** The bold first line. */
	public String title() {
		return title;
	}

	/** The title wrapped to the node's width by the layout; the whole title as one line before layout. */
	public List<String> titleLines() {
		return titleLines == null ? List.of(title) : titleLines;
	}

	/** Sets the wrapped title (layout only). */
	public void setTitleLines(List<String> wrapped) {
		this.titleLines = List.copyOf(wrapped);
	}

	/** The lines below the title. */
	public List<String> lines() {
		return lines;
	}

	/** The model element shown, or null. */
	public EObject element() {
		return element;
	}

	/** The flags that modify how the node is drawn. */
	public Set<NodeFlag> flags() {
		return Collections.unmodifiableSet(flags);
	}

	/** Adds a flag. */
	public DiagramNode flag(NodeFlag flag) {
		flags.add(flag);
		return this;
	}

	/** The markers, most severe first after layout. */
	public List<Marker> markers() {
		return Collections.unmodifiableList(markers);
	}

	/** Adds a marker unless an equal one is there. */
	public void addMarker(Marker marker) {
		if (!markers.contains(marker)) {
			markers.add(marker);
			markers.sort((a, b) -> a.severity().compareTo(b.severity()));
		}
	}

	/** The group containing the node, or null. */
	public DiagramGroup group() {
		return group;
	}

	void setGroup(DiagramGroup group) {
		this.group = group;
	}

	/** The bounds in diagram coordinates; empty before layout. */
	public Box bounds() {
		return bounds;
	}

	/** Sets the bounds (layout only). */
	public void setBounds(Box bounds) {
		this.bounds = bounds;
	}

	@Override
	public String toString() {
		return kind + " " + id + " " + bounds; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
