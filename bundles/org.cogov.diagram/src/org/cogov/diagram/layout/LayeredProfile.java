/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.layout;

import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.model.EdgeKind;
import org.cogov.diagram.model.NodeKind;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;

/**
 * How a layered diagram reads: its direction and the column (ELK partition) of each node kind, so that every
 * diagram of a kind has the same columns whatever its edges (e.g. all decision items in the last column).
 */
final class LayeredProfile {

	private LayeredProfile() {
	}

	/**
	 * The direction of a kind: left to right, except the path model, which runs top to bottom so that its five
	 * columns fit A4 width.
	 */
	static Direction direction(DiagramKind kind) {
		return kind == DiagramKind.PATH ? Direction.DOWN : Direction.RIGHT;
	}

	/**
	 * Whether nodes keep their model order within a column: yes where readers look things up (actor groups in the
	 * order government, enterprises, others; decision items by domain), no for the path model, where ELK's
	 * crossing minimisation gives clearly fewer crossings.
	 */
	static boolean keepModelOrder(DiagramKind kind) {
		return kind == DiagramKind.ROLE || kind == DiagramKind.DECISION;
	}

	/**
	 * Nodes that must take the first or last column whatever their edges (partitions alone order the columns but
	 * let a node without a long path drift inwards): benefit pools first and responsibilities last in the role
	 * diagram, actors first and decision items last in the decision diagram, factors first in the path model.
	 */
	static LayerConstraint constraint(DiagramKind kind, NodeKind node) {
		int column = column(kind, node);
		if (column == 0 && kind != DiagramKind.NETWORK) {
			return LayerConstraint.FIRST;
		}
		boolean last = kind == DiagramKind.ROLE && node == NodeKind.RESPONSIBILITY
				|| kind == DiagramKind.DECISION && node == NodeKind.DECISION_ITEM;
		return last ? LayerConstraint.LAST : LayerConstraint.NONE;
	}

	/**
	 * Where an edge's label goes: next to the target for benefit shares and decision rights, so that a reader
	 * sees at once which actor gets the share and which right an item has; mid-edge for the rest.
	 */
	static EdgeLabelPlacement labelPlacement(EdgeKind kind) {
		return switch (kind) {
		case BENEFIT, PROPOSE, CONSULTED, CO_DECIDE, FINAL, VETO, EXECUTE -> EdgeLabelPlacement.HEAD;
		default -> EdgeLabelPlacement.CENTER;
		};
	}

	/** The column of a node kind in a diagram kind, counted from 0. */
	static int column(DiagramKind kind, NodeKind node) {
		return switch (kind) {
		case ROLE -> switch (node) {
			case BENEFIT_POOL -> 0;
			case RESPONSIBILITY -> 2;
			default -> 1;
			};
		case DECISION -> switch (node) {
			case DECISION_BODY -> 1;
			case DECISION_ITEM -> 2;
			default -> 0;
			};
		case PATH -> switch (node) {
			case STRUCTURE -> 1;
			case MECHANISM -> 2;
			case DIFFICULTY, COLLABORATION -> 3;
			case OUTCOME -> 4;
			default -> 0;
			};
		case NETWORK -> 0;
		};
	}
}
