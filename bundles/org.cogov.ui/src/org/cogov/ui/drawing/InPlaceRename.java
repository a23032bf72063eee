/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.drawing;

import java.util.function.Predicate;

import org.cogov.diagram.model.Box;
import org.cogov.ui.diagram.DiagramCanvas;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/**
 * Renaming a node where it is drawn: a text field over the node's title; Enter renames (and keeps the field open
 * when the name is refused, so the modeler can correct it), Escape or leaving the field cancels.
 */
final class InPlaceRename {

	private InPlaceRename() {
	}

	/** Opens the field over a box of the diagram with the current name; {@code rename} answers whether it worked. */
	static Text open(DiagramCanvas canvas, Box box, String name, Predicate<String> rename) {
		int[] topLeft = canvas.toCanvas(box.x(), box.y());
		int width = Math.max(120, (int) Math.round(box.width() * canvas.zoom()));
		Text field = new Text(canvas.control(), SWT.BORDER | SWT.SINGLE);
		field.setText(name == null ? "" : name); //$NON-NLS-1$
		field.selectAll();
		int height = field.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
		field.setBounds(topLeft[0], topLeft[1], width, height);
		field.addListener(SWT.DefaultSelection, e -> {
			if (field.getText().equals(name) || rename.test(field.getText())) {
				field.dispose();
			}
		});
		field.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_ESCAPE) {
				e.doit = false;
				field.dispose();
			}
		});
		field.addListener(SWT.FocusOut, e -> field.getDisplay().asyncExec(() -> {
			if (!field.isDisposed()) {
				field.dispose();
			}
		}));
		field.setFocus();
		return field;
	}
}
