/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.guide;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;

/**
 * A structured text for a {@link StyledText}: a title, headings (bold and larger), paragraphs, bullets with a bold
 * term, monospaced examples and tab-aligned table rows whose first cell is monospaced. Written first as plain text
 * with blocks, then applied to the widget, with fonts derived from the widget's and released with it.
 */
final class GuideDocument {

	private enum Kind {
		TITLE, HEADING, PARAGRAPH, BULLET, EXAMPLE, HEADER, ROW
	}

	/** A run of lines of one kind; emphasis is the length of a bold or monospaced lead at its start. */
	private record Block(Kind kind, int start, int length, int firstLine, int lines, int emphasis) {
	}

	private static final int INDENT = 16;
	private static final String BULLET = "\u2022 "; //$NON-NLS-1$

	private final StringBuilder text = new StringBuilder();
	private final List<Block> blocks = new ArrayList<>();
	private final List<String[]> rows = new ArrayList<>();
	private int line;

	void title(String title) {
		add(Kind.TITLE, title, 0, true);
	}

	void heading(String heading) {
		add(Kind.HEADING, heading, 0, true);
	}

	void paragraph(String paragraph) {
		add(Kind.PARAGRAPH, paragraph, 0, true);
	}

	/** A bullet whose term (may be empty) is bold: "• term: text". */
	void bullet(String term, String description) {
		String lead = term.isEmpty() ? BULLET : BULLET + term;
		add(Kind.BULLET, term.isEmpty() ? lead + description : lead + Messages.Guide_separator + description, lead.length(), false);
	}

	/** Ends a list of bullets or rows with a blank line. */
	void endList() {
		text.append('\n');
		line++;
	}

	/** Monospaced lines; tabs become four spaces, as the table's tab stops would misplace them. */
	void example(String example) {
		add(Kind.EXAMPLE, example.stripTrailing().replace("\t", "    "), 0, true); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The bold header of a table. */
	void header(String... cells) {
		rows.add(cells);
		add(Kind.HEADER, String.join("\t", cells), 0, false); //$NON-NLS-1$
	}

	/** A table row; the first cell is monospaced, the cells are aligned by tab stops. */
	void row(String... cells) {
		rows.add(cells);
		add(Kind.ROW, String.join("\t", cells), cells[0].length(), false); //$NON-NLS-1$
	}

	private void add(Kind kind, String content, int emphasis, boolean spaced) {
		int lines = (int) content.chars().filter(c -> c == '\n').count() + 1;
		blocks.add(new Block(kind, text.length(), content.length(), line, lines, emphasis));
		text.append(content).append('\n');
		line += lines;
		if (spaced) {
			text.append('\n');
			line++;
		}
	}

	/** Sets the widget's text, styles, indentation and tab stops. */
	void applyTo(StyledText widget) {
		widget.setText(text.toString());
		Font mono = JFaceResources.getTextFont();
		ResourceManager fonts = new LocalResourceManager(JFaceResources.getResources(), widget);
		FontDescriptor base = FontDescriptor.createFrom(widget.getFont()).setStyle(SWT.BOLD);
		Font title = fonts.create(base.increaseHeight(6));
		Font heading = fonts.create(base.increaseHeight(2));
		List<StyleRange> styles = new ArrayList<>();
		for (Block block : blocks) {
			switch (block.kind()) {
			case TITLE -> styles.add(font(block.start(), block.length(), title));
			case HEADING -> styles.add(font(block.start(), block.length(), heading));
			case EXAMPLE -> {
				styles.add(font(block.start(), block.length(), mono));
				widget.setLineIndent(block.firstLine(), block.lines(), 2 * INDENT);
				widget.setLineWrapIndent(block.firstLine(), block.lines(), 4 * INDENT);
			}
			case BULLET -> {
				StyleRange bold = new StyleRange(block.start(), block.emphasis(), null, null, SWT.BOLD);
				styles.add(bold);
				widget.setLineIndent(block.firstLine(), 1, INDENT);
				widget.setLineWrapIndent(block.firstLine(), 1, 2 * INDENT);
			}
			case HEADER -> {
				styles.add(new StyleRange(block.start(), block.length(), null, null, SWT.BOLD));
				widget.setLineIndent(block.firstLine(), 1, INDENT);
				widget.setLineWrapIndent(block.firstLine(), 1, 2 * INDENT); // as the rows: tab stops shift with it
			}
			case ROW -> {
				styles.add(font(block.start(), block.emphasis(), mono));
				widget.setLineIndent(block.firstLine(), 1, INDENT);
				widget.setLineWrapIndent(block.firstLine(), 1, 2 * INDENT);
			}
			default -> {
				// a paragraph: the widget's font
			}
			}
		}
		widget.setStyleRanges(styles.toArray(StyleRange[]::new));
		widget.setTabStops(tabStops(widget, mono));
	}

	private static StyleRange font(int start, int length, Font font) {
		StyleRange range = new StyleRange();
		range.start = start;
		range.length = length;
		range.font = font;
		return range;
	}

	/** Stops after the widest cell of each column but the last (the first column measured in the monospaced font). */
	private int[] tabStops(StyledText widget, Font mono) {
		int columns = rows.stream().mapToInt(r -> r.length).max().orElse(1);
		int[] stops = new int[Math.max(1, columns - 1)];
		GC gc = new GC(widget);
		try {
			int x = INDENT;
			for (int column = 0; column < stops.length; column++) {
				gc.setFont(column == 0 ? mono : widget.getFont());
				int widest = 0;
				for (String[] row : rows) {
					if (row.length > column) {
						widest = Math.max(widest, gc.textExtent(row[column]).x);
					}
				}
				x += widest + 2 * INDENT;
				stops[column] = x;
			}
		} finally {
			gc.dispose();
		}
		return stops;
	}

	String text() {
		return text.toString();
	}
}
