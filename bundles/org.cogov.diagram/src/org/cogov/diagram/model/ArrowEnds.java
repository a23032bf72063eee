/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

/** Which ends of an edge carry an arrowhead. */
public enum ArrowEnds {
	/** No arrowhead. */
	NONE,
	/** At the target: flow from source to target. */
	TARGET,
	/** At the source: flow from target to source. */
	SOURCE,
	/** At both ends: mutual flow. */
	BOTH;

	/** Whether the target end has an arrowhead. */
	public boolean atTarget() {
		return this == TARGET || this == BOTH;
	}

	/** Whether the source end has an arrowhead. */
	public boolean atSource() {
		return this == SOURCE || this == BOTH;
	}
}
