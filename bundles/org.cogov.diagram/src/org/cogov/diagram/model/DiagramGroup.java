/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

/** A titled container around nodes, e.g. "Government" or "Enterprises" in the role diagram. */
public final class DiagramGroup {

	private final String id;
	private final GroupKind kind;
	private final String title;
	private final EObject element;
	private final List<DiagramNode> members = new ArrayList<>();
	private Box bounds = Box.EMPTY;

	/**
	 * @param id      unique within the diagram
	 * @param kind    what the group gathers
	 * @param title   the title drawn in its top-left corner
	 * @param element the model element the group stands for, or null
	 */
	public DiagramGroup(String id, GroupKind kind, String title, EObject element) {
		this.id = id;
		this.kind = kind;
		this.title = title;
		this.element = element;
	}

	/** The identifier. */
	public String id() {
		return id;
	}

	/** What the group gathers. */
	public GroupKind kind() {
		return kind;
	}

	/** The title. */
	public String title() {
		return title;
	}

	/** The model element, or null. */
	public EObject element() {
		return element;
	}

	/** The nodes inside, in order. */
	public List<DiagramNode> members() {
		return Collections.unmodifiableList(members);
	}

	/** Puts a node into this group; a node belongs to at most one group. */
	public void add(DiagramNode node) {
		if (node.group() != null) {
			throw new IllegalArgumentException(node.id() + " is already in group " + node.group().id()); //$NON-NLS-1$
		}
		node.setGroup(this);
		members.add(node);
	}

	/** The bounds, including the title band; empty before layout. */
	public Box bounds() {
		return bounds;
	}

	/** Sets the bounds (layout only). */
	public void setBounds(Box bounds) {
		this.bounds = bounds;
	}
}
