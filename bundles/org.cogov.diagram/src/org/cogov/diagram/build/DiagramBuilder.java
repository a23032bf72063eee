/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.build;

import org.cogov.diagram.model.Diagram;

/** Builds one kind of diagram, before layout. */
public interface DiagramBuilder {

	/** The diagram of a phase; its nodes, edges, groups and legend, with empty geometry. */
	Diagram build(DiagramContext context);
}
