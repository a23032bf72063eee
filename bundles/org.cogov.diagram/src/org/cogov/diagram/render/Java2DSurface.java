/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.cogov.diagram.layout.Java2DFonts;
import org.cogov.diagram.model.Box;
import org.cogov.diagram.model.Point;
import org.cogov.diagram.style.Colour;
import org.cogov.diagram.style.Stroke;
import org.cogov.diagram.style.TextStyle;

/**
 * A drawing surface on a Java2D image, antialiased, with the CJK font of {@link Java2DFonts} so that Chinese
 * labels render; works headless ({@code -Djava.awt.headless=true}). AWT stays inside this class.
 */
final class Java2DSurface implements DrawingSurface {

	private final double scale;
	private BufferedImage image;
	private Graphics2D graphics;

	/** A surface drawing at a scale (1 = one pixel per diagram unit). */
	Java2DSurface(double scale) {
		this.scale = scale;
	}

	@Override
	public void begin(double width, double height, Colour background) {
		int w = Math.max(1, (int) Math.ceil(width * scale));
		int h = Math.max(1, (int) Math.ceil(height * scale));
		image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		graphics = image.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		graphics.setColor(color(background));
		graphics.fillRect(0, 0, w, h);
		graphics.scale(scale, scale);
	}

	@Override
	public void rectangle(Box box, double radius, Colour fill, Stroke stroke) {
		RoundRectangle2D shape = new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(), 2 * radius, 2 * radius);
		if (fill != null) {
			graphics.setColor(color(fill));
			graphics.fill(shape);
		}
		if (stroke != null) {
			apply(stroke);
			graphics.draw(shape);
		}
	}

	@Override
	public void polyline(List<Point> points, Stroke stroke) {
		apply(stroke);
		graphics.draw(path(points, false));
	}

	@Override
	public void polygon(List<Point> points, Colour fill, Stroke stroke) {
		Path2D path = path(points, true);
		if (fill != null) {
			graphics.setColor(color(fill));
			graphics.fill(path);
		}
		if (stroke != null) {
			apply(stroke);
			graphics.draw(path);
		}
	}

	@Override
	public void text(String text, double x, double y, TextStyle style) {
		Font font = Java2DFonts.font(style.size(), style.bold());
		graphics.setFont(font);
		graphics.setColor(color(style.colour()));
		double width = font.getStringBounds(text, graphics.getFontRenderContext()).getWidth();
		double left = switch (style.anchor()) {
		case START -> x;
		case MIDDLE -> x - width / 2;
		case END -> x - width;
		};
		graphics.drawString(text, (float) left, (float) y);
	}

	@Override
	public void end() {
		graphics.dispose();
	}

	/** The picture; complete after {@link #end()}. */
	BufferedImage image() {
		return image;
	}

	private void apply(Stroke stroke) {
		graphics.setColor(color(stroke.colour()));
		float[] dashes = null;
		if (!stroke.isSolid()) {
			dashes = new float[stroke.dashes().size()];
			for (int i = 0; i < dashes.length; i++) {
				dashes[i] = stroke.dashes().get(i).floatValue();
			}
		}
		graphics.setStroke(new BasicStroke((float) stroke.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dashes, 0f));
	}

	private static Path2D path(List<Point> points, boolean closed) {
		Path2D.Double path = new Path2D.Double();
		for (int i = 0; i < points.size(); i++) {
			if (i == 0) {
				path.moveTo(points.get(i).x(), points.get(i).y());
			} else {
				path.lineTo(points.get(i).x(), points.get(i).y());
			}
		}
		if (closed) {
			path.closePath();
		}
		return path;
	}

	private static Color color(Colour colour) {
		return new Color(colour.red(), colour.green(), colour.blue(), colour.alpha());
	}
}
