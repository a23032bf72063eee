/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.style;

/** The shape at an edge end that carries an arrowhead. */
public enum ArrowHead {
	/** A filled triangle: a strong relation (final say, accountability, data flow). */
	FILLED,
	/** An open V: a weaker relation (propose, consulted, responsible). */
	OPEN,
	/** A bar across the line: a veto, a constraint. */
	BAR
}
