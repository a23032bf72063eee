/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.diagram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cogov.diagram.layout.Java2DFonts;
import org.cogov.diagram.model.Box;
import org.cogov.diagram.model.Point;
import org.cogov.diagram.render.DrawingSurface;
import org.cogov.diagram.style.Colour;
import org.cogov.diagram.style.DiagramStyle;
import org.cogov.diagram.style.Stroke;
import org.cogov.diagram.style.TextStyle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;

/**
 * The diagram painter's primitives on an SWT graphics context, through a zoom-and-pan transform so that the
 * picture stays crisp at every zoom. Shapes are drawn as float paths (diagram coordinates are fractional); text is
 * drawn with fonts ten times larger under a tenfold reduction, because SWT font heights are whole points and the
 * layout measured fractional pixel sizes with the same family ({@link Java2DFonts#family()}).
 */
final class SwtSurface implements DrawingSurface {

	/** The colour of selected nodes and edges, the platform's selection blue. */
	private static final Colour SELECTION = Colour.rgb(0x2563eb);

	/** The font magnification that makes whole-point font heights fractional enough. */
	private static final float TEXT_SCALE = 10f;

	private final GC gc;
	private final double zoom;
	private final double originX;
	private final double originY;
	private final FontCache fonts;
	private final Map<Colour, Color> colours = new HashMap<>();
	private Transform transform;

	/**
	 * @param gc      the graphics context of the canvas
	 * @param zoom    screen pixels per diagram unit
	 * @param originX the diagram x shown at the canvas' left edge
	 * @param originY the diagram y shown at the canvas' top edge
	 * @param fonts   fonts kept between paints, disposed by the canvas
	 */
	SwtSurface(GC gc, double zoom, double originX, double originY, FontCache fonts) {
		this.gc = gc;
		this.zoom = zoom;
		this.originX = originX;
		this.originY = originY;
		this.fonts = fonts;
	}

	@Override
	public void begin(double width, double height, Colour background) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		transform = new Transform(gc.getDevice());
		resetTransform();
		rectangle(new Box(0, 0, width, height), 0, background, null);
	}

	private void resetTransform() {
		transform.identity();
		transform.scale((float) zoom, (float) zoom);
		transform.translate((float) -originX, (float) -originY);
		gc.setTransform(transform);
	}

	@Override
	public void rectangle(Box box, double radius, Colour fill, Stroke stroke) {
		Path path = new Path(gc.getDevice());
		try {
			float x = (float) box.x();
			float y = (float) box.y();
			float w = (float) box.width();
			float h = (float) box.height();
			float r = (float) Math.min(radius, Math.min(w, h) / 2);
			if (r <= 0) {
				path.addRectangle(x, y, w, h);
			} else {
				path.moveTo(x + r, y);
				path.lineTo(x + w - r, y);
				path.addArc(x + w - 2 * r, y, 2 * r, 2 * r, 90, -90);
				path.lineTo(x + w, y + h - r);
				path.addArc(x + w - 2 * r, y + h - 2 * r, 2 * r, 2 * r, 0, -90);
				path.lineTo(x + r, y + h);
				path.addArc(x, y + h - 2 * r, 2 * r, 2 * r, 270, -90);
				path.lineTo(x, y + r);
				path.addArc(x, y, 2 * r, 2 * r, 180, -90);
				path.close();
			}
			fillAndStroke(path, fill, stroke);
		} finally {
			path.dispose();
		}
	}

	@Override
	public void polyline(List<Point> points, Stroke stroke) {
		Path path = path(points, false);
		try {
			fillAndStroke(path, null, stroke);
		} finally {
			path.dispose();
		}
	}

	@Override
	public void polygon(List<Point> points, Colour fill, Stroke stroke) {
		Path path = path(points, true);
		try {
			fillAndStroke(path, fill, stroke);
		} finally {
			path.dispose();
		}
	}

	@Override
	public void text(String text, double x, double y, TextStyle style) {
		Font font = fonts.font(style.size() * TEXT_SCALE, style.bold());
		gc.setFont(font);
		gc.setForeground(colour(style.colour()));
		gc.setAlpha(style.colour().alpha());
		FontMetrics metrics = gc.getFontMetrics();
		double width = gc.textExtent(text, SWT.DRAW_TRANSPARENT).x / TEXT_SCALE;
		double left = switch (style.anchor()) {
		case START -> x;
		case MIDDLE -> x - width / 2;
		case END -> x - width;
		};
		double top = y - metrics.getAscent() / TEXT_SCALE;
		transform.translate((float) left, (float) top);
		transform.scale(1 / TEXT_SCALE, 1 / TEXT_SCALE);
		gc.setTransform(transform);
		gc.drawText(text, 0, 0, SWT.DRAW_TRANSPARENT);
		resetTransform();
		gc.setAlpha(255);
	}

	@Override
	public void end() {
		gc.setTransform(null);
		transform.dispose();
	}

	/** Draws a selection frame around a box, above everything painted so far. */
	void selectionFrame(Box box) {
		Stroke frame = Stroke.solid(SELECTION, 2.5 / zoom);
		rectangle(box.grow(4 / zoom), 6 / zoom, null, frame);
	}

	/** Draws a route highlighted as selected. */
	void selectionRoute(List<Point> route) {
		Colour halo = SELECTION.withAlpha(110);
		polyline(route, Stroke.solid(halo, 7 / zoom));
	}

	private void fillAndStroke(Path path, Colour fill, Stroke stroke) {
		if (fill != null) {
			gc.setBackground(colour(fill));
			gc.setAlpha(fill.alpha());
			gc.fillPath(path);
			gc.setAlpha(255);
		}
		if (stroke != null) {
			if (stroke.doubled()) { // a wide line with a background core reads as a double line
				draw(path, stroke.colour(), stroke.width() * 3, null);
				draw(path, DiagramStyle.BACKGROUND, stroke.width(), null);
			} else {
				draw(path, stroke.colour(), stroke.width(), stroke.isSolid() ? null : stroke.dashes());
			}
		}
	}

	private void draw(Path path, Colour colour, double width, List<Double> dashes) {
		LineAttributes line = new LineAttributes((float) width, SWT.CAP_FLAT, SWT.JOIN_ROUND);
		if (dashes != null) {
			line.style = SWT.LINE_CUSTOM;
			line.dash = new float[dashes.size()];
			for (int i = 0; i < line.dash.length; i++) {
				line.dash[i] = dashes.get(i).floatValue();
			}
		}
		gc.setLineAttributes(line);
		gc.setForeground(colour(colour));
		gc.setAlpha(colour.alpha());
		gc.drawPath(path);
		gc.setAlpha(255);
	}

	private Path path(List<Point> points, boolean closed) {
		Path path = new Path(gc.getDevice());
		for (int i = 0; i < points.size(); i++) {
			Point p = points.get(i);
			if (i == 0) {
				path.moveTo((float) p.x(), (float) p.y());
			} else {
				path.lineTo((float) p.x(), (float) p.y());
			}
		}
		if (closed) {
			path.close();
		}
		return path;
	}

	private Color colour(Colour colour) {
		return colours.computeIfAbsent(colour, c -> new Color(c.red(), c.green(), c.blue()));
	}

	/** Fonts of the diagram family by pixel size and weight, created once per canvas. */
	static final class FontCache {
		private final Display display;
		private final Map<String, Font> fonts = new HashMap<>();

		FontCache(Display display) {
			this.display = display;
		}

		Font font(double pixels, boolean bold) {
			String key = Math.round(pixels * 10) + (bold ? "b" : "r"); //$NON-NLS-1$ //$NON-NLS-2$
			return fonts.computeIfAbsent(key, k -> {
				int points = (int) Math.round(pixels * 72.0 / display.getDPI().y);
				return new Font(display, Java2DFonts.family(), Math.max(1, points), bold ? SWT.BOLD : SWT.NORMAL);
			});
		}

		void dispose() {
			fonts.values().forEach(Font::dispose);
			fonts.clear();
		}
	}
}
