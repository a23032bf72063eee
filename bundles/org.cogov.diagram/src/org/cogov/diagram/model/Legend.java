/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The key to a diagram: samples of the node kinds, line styles and markers it uses, and notes such as the
 * collaboration metrics or the computed type. The layout places it below the drawing.
 */
public final class Legend {

	private final String heading;
	private final List<LegendEntry> entries = new ArrayList<>();
	private final List<LegendNote> notes = new ArrayList<>();
	private Box bounds = Box.EMPTY;

	/** A legend headed "Legend". */
	public Legend() {
		this("Legend"); //$NON-NLS-1$
	}

	/** A legend with a heading in the diagram's language, e.g. "图例". */
	public Legend(String heading) {
		this.heading = heading;
	}

	/** The heading drawn above the samples. */
	public String heading() {
		return heading;
	}

	/** Adds a sample unless the same sample is there; node samples stay before lines, lines before markers. */
	public void add(LegendEntry entry) {
		if (entries.stream().noneMatch(e -> e.sameSample(entry))) {
			int at = entries.size();
			while (at > 0 && entries.get(at - 1).sample().compareTo(entry.sample()) > 0) {
				at--;
			}
			entries.add(at, entry);
		}
	}

	/** Adds a note line. */
	public void note(String text) {
		notes.add(new LegendNote(text));
	}

	/** The samples: node kinds, then line styles, then markers, each in the order added. */
	public List<LegendEntry> entries() {
		return Collections.unmodifiableList(entries);
	}

	/** The notes, in the order added. */
	public List<LegendNote> notes() {
		return Collections.unmodifiableList(notes);
	}

	/** The note texts. */
	public List<String> noteTexts() {
		return notes.stream().map(LegendNote::text).toList();
	}

	/** The bounds of the legend box; empty before layout. */
	public Box bounds() {
		return bounds;
	}

	/** Sets the bounds (layout only). */
	public void setBounds(Box bounds) {
		this.bounds = bounds;
	}
}
