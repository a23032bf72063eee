/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.diagram;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.cogov.diagram.model.Box;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.render.DiagramPainter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * A laid-out governance diagram on screen: zoom (Ctrl+wheel, + and -), pan (drag the background, the scroll bars,
 * the wheel), fit, and selection of a node or an edge by clicking. The diagram is painted by the same
 * {@code DiagramPainter} as the SVG and PNG exports, so the screen and the exported pictures agree.
 */
public final class DiagramCanvas {

	/** A drawing tool's handling of the mouse, asked before the canvas selects or pans; true: the event is taken. */
	public interface Gesture {
		boolean mouseDown(Event event);

		boolean mouseMove(Event event);

		boolean mouseUp(Event event);

		/** Feedback over the diagram (a connection being drawn), in canvas coordinates. */
		void paintFeedback(GC gc);
	}

	private static final double MIN_ZOOM = 0.05;
	private static final double MAX_ZOOM = 6;
	private static final double ZOOM_STEP = 1.25;
	private static final double CLICK_TOLERANCE = 5;

	private final Canvas canvas;
	private final SwtSurface.FontCache fonts;
	private final List<Consumer<Object>> selectionListeners = new CopyOnWriteArrayList<>();
	private Diagram diagram;
	private String emptyMessage = ""; //$NON-NLS-1$
	private double zoom = 1;
	private double originX;
	private double originY;
	private Object selected;
	private int[] dragStart;
	private double[] dragOrigin;
	private boolean dragged;
	private Gesture gesture;

	public DiagramCanvas(Composite parent) {
		canvas = new Canvas(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		fonts = new SwtSurface.FontCache(canvas.getDisplay());
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.Resize, e -> clampAndUpdate());
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addListener(SWT.Dispose, e -> fonts.dispose());
		canvas.getHorizontalBar().addListener(SWT.Selection, e -> scrolled());
		canvas.getVerticalBar().addListener(SWT.Selection, e -> scrolled());
	}

	/** Lets a drawing tool take the mouse first (null: only selecting and panning). */
	public void setGesture(Gesture next) {
		gesture = next;
		canvas.redraw();
	}

	public Canvas control() {
		return canvas;
	}

	/** The diagram on screen, or null. */
	public Diagram diagram() {
		return diagram;
	}

	/**
	 * Shows a diagram.
	 *
	 * @param next     the diagram, or null for none
	 * @param keepView whether to keep zoom and position (the same diagram after an edit) or to fit the new one
	 */
	public void setDiagram(Diagram next, boolean keepView) {
		Object previous = selected;
		diagram = next;
		selected = next == null ? null : DiagramItems.sameItemIn(next, previous);
		if (keepView && next != null) {
			clampAndUpdate();
		} else {
			fit();
		}
	}

	/** The text shown when there is no diagram. */
	public void setEmptyMessage(String message) {
		emptyMessage = message == null ? "" : message; //$NON-NLS-1$
		canvas.redraw();
	}

	public double zoom() {
		return zoom;
	}

	/** The diagram coordinates shown at the top-left corner. */
	public double[] origin() {
		return new double[] { originX, originY };
	}

	public void zoomIn() {
		zoomAround(zoom * ZOOM_STEP, centreX(), centreY());
	}

	public void zoomOut() {
		zoomAround(zoom / ZOOM_STEP, centreX(), centreY());
	}

	/** One diagram unit per pixel. */
	public void actualSize() {
		zoomAround(1, centreX(), centreY());
	}

	/** The whole diagram in the view, never enlarged beyond its natural size. */
	public void fit() {
		Rectangle area = canvas.getClientArea();
		if (diagram != null && area.width > 0 && area.height > 0) {
			zoom = clampZoom(Math.min(1, Math.min(area.width / diagram.width(), area.height / diagram.height())));
		}
		originX = 0;
		originY = 0;
		clampAndUpdate();
	}

	/** The selected node or edge, or null. */
	public Object selection() {
		return selected;
	}

	/** Selects a node or an edge (null: nothing) without telling the listeners, and scrolls it into view. */
	public void select(Object item) {
		if (item == selected) {
			return;
		}
		selected = item;
		Box bounds = DiagramItems.boundsOf(item);
		if (bounds != null) {
			reveal(bounds);
		}
		canvas.redraw();
	}

	/** Listeners told of the node or edge the user clicked (null for the background). */
	public void addSelectionListener(Consumer<Object> listener) {
		selectionListeners.add(listener);
	}

	/** Converts a point of the canvas to diagram coordinates. */
	public double[] toDiagram(int x, int y) {
		return new double[] { originX + x / zoom, originY + y / zoom };
	}

	/** Converts a diagram point to canvas coordinates, for tests that click on nodes. */
	public int[] toCanvas(double x, double y) {
		return new int[] { (int) Math.round((x - originX) * zoom), (int) Math.round((y - originY) * zoom) };
	}

	/** What lies at a point of the canvas: a node, else an edge, else null. */
	public Object itemAt(int x, int y) {
		if (diagram == null) {
			return null;
		}
		double[] p = toDiagram(x, y);
		DiagramNode node = diagram.nodeAt(p[0], p[1]);
		return node != null ? node : diagram.edgeAt(p[0], p[1], CLICK_TOLERANCE / zoom);
	}

	private void paint(Event event) {
		GC gc = event.gc;
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
		gc.fillRectangle(area);
		if (diagram == null) {
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
			gc.drawText(emptyMessage, 16, 16, true);
			return;
		}
		SwtSurface surface = new SwtSurface(gc, zoom, originX, originY, fonts);
		DiagramPainter.paint(diagram, new SelectionOverlay(surface));
		if (gesture != null) {
			gesture.paintFeedback(gc);
		}
	}

	/** Paints the selection frame after the diagram, inside the same picture. */
	private final class SelectionOverlay extends ForwardingSurface {
		private final SwtSurface surface;

		SelectionOverlay(SwtSurface surface) {
			super(surface);
			this.surface = surface;
		}

		@Override
		public void end() {
			if (selected instanceof DiagramNode node) {
				surface.selectionFrame(node.bounds());
			} else if (selected instanceof DiagramEdge edge) {
				surface.selectionRoute(edge.route());
			}
			super.end();
		}
	}

	private void mouseDown(Event event) {
		canvas.setFocus();
		if (gesture != null && gesture.mouseDown(event)) {
			return;
		}
		if (event.button == 1 || event.button == 2) {
			dragStart = new int[] { event.x, event.y };
			dragOrigin = new double[] { originX, originY };
			dragged = false;
		}
	}

	private void mouseMove(Event event) {
		if (gesture != null && gesture.mouseMove(event)) {
			return;
		}
		if (dragStart != null) {
			int dx = event.x - dragStart[0];
			int dy = event.y - dragStart[1];
			if (dragged || Math.abs(dx) + Math.abs(dy) > 3) {
				dragged = true;
				originX = dragOrigin[0] - dx / zoom;
				originY = dragOrigin[1] - dy / zoom;
				clampAndUpdate();
			}
			return;
		}
		canvas.setToolTipText(DiagramItems.tooltip(itemAt(event.x, event.y)));
	}

	private void mouseUp(Event event) {
		if (gesture != null && gesture.mouseUp(event)) {
			dragStart = null;
			return;
		}
		boolean click = dragStart != null && !dragged && event.button == 1;
		dragStart = null;
		if (click) {
			Object item = itemAt(event.x, event.y);
			selected = item;
			canvas.redraw();
			for (Consumer<Object> listener : selectionListeners) {
				listener.accept(item);
			}
		}
	}

	private void wheel(Event event) {
		if ((event.stateMask & SWT.MOD1) != 0) {
			zoomAround(event.count > 0 ? zoom * ZOOM_STEP : zoom / ZOOM_STEP, event.x, event.y);
		} else if ((event.stateMask & SWT.SHIFT) != 0) {
			originX -= event.count * 20 / zoom;
			clampAndUpdate();
		} else {
			originY -= event.count * 20 / zoom;
			clampAndUpdate();
		}
		event.doit = false;
	}

	private void key(Event event) {
		switch (event.character) {
		case '+', '=' -> zoomIn();
		case '-' -> zoomOut();
		case '0' -> fit();
		case '1' -> actualSize();
		default -> pan(event.keyCode);
		}
	}

	private void pan(int keyCode) {
		double step = 40 / zoom;
		switch (keyCode) {
		case SWT.ARROW_LEFT -> originX -= step;
		case SWT.ARROW_RIGHT -> originX += step;
		case SWT.ARROW_UP -> originY -= step;
		case SWT.ARROW_DOWN -> originY += step;
		default -> {
			return;
		}
		}
		clampAndUpdate();
	}

	private void zoomAround(double requested, double x, double y) {
		double next = clampZoom(requested);
		double[] anchor = toDiagram((int) x, (int) y);
		zoom = next;
		originX = anchor[0] - x / zoom;
		originY = anchor[1] - y / zoom;
		clampAndUpdate();
	}

	private void reveal(Box box) {
		Rectangle area = canvas.getClientArea();
		double viewWidth = area.width / zoom;
		double viewHeight = area.height / zoom;
		if (box.x() < originX || box.right() > originX + viewWidth) {
			originX = box.centre().x() - viewWidth / 2;
		}
		if (box.y() < originY || box.bottom() > originY + viewHeight) {
			originY = box.centre().y() - viewHeight / 2;
		}
		clampAndUpdate();
	}

	/** Keeps the picture in view (centred when smaller than the view) and sets the scroll bars to match. */
	private void clampAndUpdate() {
		Rectangle area = canvas.getClientArea();
		if (diagram != null) {
			originX = clampAxis(originX, diagram.width(), area.width, canvas.getHorizontalBar());
			originY = clampAxis(originY, diagram.height(), area.height, canvas.getVerticalBar());
		} else {
			canvas.getHorizontalBar().setEnabled(false);
			canvas.getVerticalBar().setEnabled(false);
		}
		canvas.redraw();
	}

	private double clampAxis(double origin, double size, int viewPixels, ScrollBar bar) {
		double content = size * zoom;
		if (content <= viewPixels) {
			bar.setEnabled(false);
			bar.setValues(0, 0, 1, 1, 1, 1);
			return -(viewPixels - content) / 2 / zoom;
		}
		double clamped = Math.max(0, Math.min(origin, (content - viewPixels) / zoom));
		bar.setEnabled(true);
		bar.setValues((int) Math.round(clamped * zoom), 0, (int) Math.ceil(content), viewPixels,
				Math.max(1, viewPixels / 10), Math.max(1, viewPixels * 9 / 10));
		return clamped;
	}

	private void scrolled() {
		if (diagram != null) {
			if (canvas.getHorizontalBar().getEnabled()) {
				originX = canvas.getHorizontalBar().getSelection() / zoom;
			}
			if (canvas.getVerticalBar().getEnabled()) {
				originY = canvas.getVerticalBar().getSelection() / zoom;
			}
			canvas.redraw();
		}
	}

	private double centreX() {
		return canvas.getClientArea().width / 2.0;
	}

	private double centreY() {
		return canvas.getClientArea().height / 2.0;
	}

	private static double clampZoom(double z) {
		return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
	}
}
