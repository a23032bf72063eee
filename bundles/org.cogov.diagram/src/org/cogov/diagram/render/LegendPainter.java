/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.render;

import java.util.List;

import org.cogov.diagram.layout.LegendMetrics;
import org.cogov.diagram.model.ArrowEnds;
import org.cogov.diagram.model.Box;
import org.cogov.diagram.model.Legend;
import org.cogov.diagram.model.LegendEntry;
import org.cogov.diagram.model.LegendNote;
import org.cogov.diagram.model.NodeFlag;
import org.cogov.diagram.model.Point;
import org.cogov.diagram.style.Colour;
import org.cogov.diagram.style.DiagramStyle;
import org.cogov.diagram.style.Fonts;
import org.cogov.diagram.style.NodeStyle;
import org.cogov.diagram.style.Stroke;
import org.cogov.diagram.style.TextStyle;

/** Draws the legend box: heading, one sample per entry with its text, then the notes. */
final class LegendPainter {

	private static final Colour FILL = Colour.rgb(0xfafbfc);
	private static final Stroke BORDER = Stroke.solid(Colour.rgb(0xcbd5e0), 1);

	private LegendPainter() {
	}

	static void paint(DrawingSurface surface, Legend legend) {
		Box box = legend.bounds();
		if (box.width() <= 0) {
			return;
		}
		surface.beginItem("legend", null); //$NON-NLS-1$
		surface.rectangle(box, 6, FILL, BORDER);
		double line = Fonts.lineHeight(Fonts.LEGEND);
		double headingBaseline = Fonts.baseline(box.y() + LegendMetrics.PAD, line, Fonts.LEGEND);
		surface.text(legend.heading(), box.x() + LegendMetrics.PAD, headingBaseline,
				new TextStyle(Fonts.LEGEND, true, DiagramStyle.INK, TextStyle.Anchor.START));
		TextStyle text = new TextStyle(Fonts.LEGEND, false, DiagramStyle.INK, TextStyle.Anchor.START);
		for (LegendEntry entry : legend.entries()) {
			Box b = entry.bounds();
			sample(surface, entry, new Box(b.x(), b.y(), LegendMetrics.SAMPLE_WIDTH, b.height()));
			surface.text(entry.text(), b.x() + LegendMetrics.SAMPLE_WIDTH + LegendMetrics.SAMPLE_GAP,
					Fonts.baseline(b.y(), b.height(), Fonts.LEGEND), text);
		}
		for (LegendNote note : legend.notes()) {
			List<String> lines = note.lines();
			for (int i = 0; i < lines.size(); i++) {
				surface.text(lines.get(i), note.bounds().x(), Fonts.baseline(note.bounds().y() + i * line, line, Fonts.LEGEND), text);
			}
		}
		surface.endItem();
	}

	private static void sample(DrawingSurface surface, LegendEntry entry, Box area) {
		double middle = area.centre().y();
		switch (entry.sample()) {
		case NODE -> {
			List<NodeFlag> flags = entry.flag() == null ? List.of() : List.of(entry.flag());
			NodeStyle style = DiagramStyle.node(entry.nodeKind(), flags);
			surface.rectangle(new Box(area.x() + 2, area.y() + 4, area.width() - 4, area.height() - 8), 4, style.fill(), style.border());
		}
		case EDGE -> EdgePainter.line(surface, List.of(new Point(area.x() + 1, middle), new Point(area.right() - 2, middle)),
				DiagramStyle.edge(entry.edgeKind(), entry.channel()), ArrowEnds.TARGET);
		case MARKER -> NodePainter.badge(surface, entry.severity(),
				new Box(area.centre().x() - 8, middle - 8, 16, 16));
		}
	}
}
