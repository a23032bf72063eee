/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.drawing;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/** The palette beside the diagram: one radio button per {@link DrawingTool}; a creation resets it to Select. */
public final class DiagramPalette {

	private final ToolBar bar;
	private final Map<DrawingTool, ToolItem> items = new EnumMap<>(DrawingTool.class);
	private DrawingTool tool = DrawingTool.SELECT;

	public DiagramPalette(Composite parent) {
		bar = new ToolBar(parent, SWT.FLAT | SWT.VERTICAL | SWT.RIGHT);
		for (DrawingTool each : DrawingTool.values()) {
			if (each == DrawingTool.LINK || each == DrawingTool.DEPARTMENT) {
				new ToolItem(bar, SWT.SEPARATOR);
			}
			ToolItem item = new ToolItem(bar, SWT.RADIO);
			item.setText(each.label());
			item.setToolTipText(each.tip());
			item.setData(each);
			item.addListener(SWT.Selection, e -> {
				if (item.getSelection()) {
					tool = each;
				}
			});
			items.put(each, item);
		}
		items.get(DrawingTool.SELECT).setSelection(true);
	}

	public ToolBar control() {
		return bar;
	}

	public DrawingTool tool() {
		return tool;
	}

	/** Chooses a tool, as a click on its button does. */
	public void choose(DrawingTool next) {
		tool = next;
		items.forEach((each, item) -> item.setSelection(each == next));
	}
}
