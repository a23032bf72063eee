/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.layout;

import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramKind;

/**
 * Lays out a diagram: sizes nodes and labels to their measured text, places them (ELK layered for role, decision
 * and path diagrams; {@link NetworkLayout} for networks), then frames the result with title and legend. Running it
 * again recomputes everything, so callers may change a diagram and lay it out anew.
 */
public final class DiagramLayout {

	private DiagramLayout() {
	}

	/** Lays out with the standard text measure. */
	public static Diagram layout(Diagram diagram) {
		return layout(diagram, TextMeasure.standard());
	}

	/** Lays out with a given text measure (the workbench passes one backed by its own fonts). */
	public static Diagram layout(Diagram diagram, TextMeasure measure) {
		NodeSizer.size(diagram, measure);
		if (diagram.kind() == DiagramKind.NETWORK) {
			NetworkLayout.layout(diagram);
		} else {
			LayeredLayout.layout(diagram, measure);
		}
		FrameLayout.frame(diagram, measure);
		return diagram;
	}

	/**
	 * Lays out a network with a given method regardless of its size, for benchmarks and comparisons.
	 *
	 * @throws IllegalArgumentException if the diagram is not a network
	 */
	public static Diagram layoutNetwork(Diagram diagram, TextMeasure measure, NetworkLayout.Method method) {
		if (diagram.kind() != DiagramKind.NETWORK) {
			throw new IllegalArgumentException("not a network diagram: " + diagram.kind()); //$NON-NLS-1$
		}
		NodeSizer.size(diagram, measure);
		NetworkLayout.layout(diagram, method);
		FrameLayout.frame(diagram, measure);
		return diagram;
	}
}
