/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.drawing;

import org.cogov.diagram.layout.PinnedNodes;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.model.Point;
import org.cogov.model.NamedElement;
import org.cogov.ui.diagram.DiagramCanvas;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Event;

/**
 * The palette's tools on the canvas: a click with a creation tool creates; a drag with a connection tool draws a
 * line from the source that turns red, with the reason in the status line, over a target the connection does not
 * allow; Delete deletes the selected element and F2 renames it in place. With Select, dragging a node moves it
 * (its place is kept beside the study file), a click selects, and dragging the background pans.
 */
public final class DrawingGesture implements DiagramCanvas.Gesture {

	private final DiagramCanvas canvas;
	private final DiagramPalette palette;
	private final DiagramDrawing drawing;
	private DiagramNode source;
	private int[] pointer;
	private String refusal;
	/** A node being moved with Select: the node, where it was grabbed (inside it), and where the press began. */
	private DiagramNode moving;
	private double[] grip;
	private int[] pressed;
	private boolean moved;

	public DrawingGesture(DiagramCanvas canvas, DiagramPalette palette, DiagramDrawing drawing) {
		this.canvas = canvas;
		this.palette = palette;
		this.drawing = drawing;
		canvas.setGesture(this);
		canvas.control().addListener(SWT.KeyDown, this::key);
	}

	@Override
	public boolean mouseDown(Event event) {
		DrawingTool tool = palette.tool();
		if (tool == DrawingTool.SELECT && event.button == 1 && canvas.itemAt(event.x, event.y) instanceof DiagramNode node) {
			double[] at = canvas.toDiagram(event.x, event.y);
			moving = node;
			grip = new double[] { at[0] - node.bounds().x(), at[1] - node.bounds().y() };
			pressed = new int[] { event.x, event.y };
			moved = false;
			return false; // still a click (selection) unless the mouse moves
		}
		if (tool == DrawingTool.SELECT || event.button != 1) {
			return false;
		}
		if (tool.creates()) {
			drawing.create(tool);
			palette.choose(DrawingTool.SELECT);
			return true;
		}
		source = canvas.itemAt(event.x, event.y) instanceof DiagramNode node ? node : null;
		pointer = new int[] { event.x, event.y };
		refusal = source == null ? Messages.bind(Messages.Edit_startOnNode, tool.label()) : null;
		drawing.status(refusal);
		return true;
	}

	@Override
	public boolean mouseMove(Event event) {
		if (moving != null) {
			if (!moved && Math.abs(event.x - pressed[0]) + Math.abs(event.y - pressed[1]) <= 3) {
				return true; // a shaky click neither moves the node nor pans
			}
			moved = true;
			double[] at = canvas.toDiagram(event.x, event.y);
			PinnedNodes.move(canvas.diagram(), moving, new Point(at[0] - grip[0], at[1] - grip[1]));
			canvas.control().redraw();
			return true;
		}
		if (source == null) {
			return false;
		}
		pointer = new int[] { event.x, event.y };
		EObject target = elementAt(event.x, event.y);
		refusal = target == null || target == source.element() ? null : drawing.whyNot(palette.tool(), source.element(), target);
		drawing.status(refusal);
		canvas.control().setCursor(canvas.control().getDisplay().getSystemCursor(refusal == null ? SWT.CURSOR_CROSS : SWT.CURSOR_NO));
		canvas.control().redraw();
		return true;
	}

	@Override
	public boolean mouseUp(Event event) {
		if (moving != null) {
			DiagramNode node = moving;
			moving = null;
			if (moved) {
				drawing.nodeMoved(node, new Point(node.bounds().x(), node.bounds().y()));
				return true;
			}
			return false;
		}
		if (palette.tool() == DrawingTool.SELECT || palette.tool().creates() || event.button != 1) {
			return false;
		}
		DiagramNode from = source;
		source = null;
		canvas.control().setCursor(null);
		canvas.control().redraw();
		EObject target = elementAt(event.x, event.y);
		if (from != null && target != null && target != from.element()) {
			drawing.connect(palette.tool(), from.element(), target);
		}
		return true;
	}

	/** The line being drawn, from the source's centre to the pointer: red over a target that is not allowed. */
	@Override
	public void paintFeedback(GC gc) {
		if (source == null || pointer == null) {
			return;
		}
		Point centre = source.bounds().centre();
		int[] from = canvas.toCanvas(centre.x(), centre.y());
		gc.setLineWidth(2);
		gc.setLineStyle(SWT.LINE_DASH);
		gc.setForeground(gc.getDevice().getSystemColor(refusal == null ? SWT.COLOR_DARK_GREEN : SWT.COLOR_RED));
		gc.drawLine(from[0], from[1], pointer[0], pointer[1]);
	}

	private void key(Event event) {
		EObject selected = selectedElement();
		if (selected == null) {
			return;
		}
		if (event.keyCode == SWT.DEL) {
			drawing.delete(selected);
		} else if (event.keyCode == SWT.F2) {
			renameInPlace();
		}
	}

	/** Opens the in-place name field on the selected node. */
	public void renameInPlace() {
		if (canvas.selection() instanceof DiagramNode node && node.element() instanceof NamedElement named) {
			InPlaceRename.open(canvas, node.bounds(), named.getName(), name -> drawing.rename(named, name));
		}
	}

	/** The model element of the selected node or edge, or null. */
	public EObject selectedElement() {
		Object item = canvas.selection();
		return item instanceof DiagramNode node ? node.element() : item instanceof DiagramEdge edge ? edge.element() : null;
	}

	private EObject elementAt(int x, int y) {
		Object item = canvas.itemAt(x, y);
		return item instanceof DiagramNode node ? node.element() : null;
	}
}
