/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.render;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.cogov.diagram.model.Box;
import org.cogov.diagram.model.Point;
import org.cogov.diagram.style.Colour;
import org.cogov.diagram.style.Fonts;
import org.cogov.diagram.style.Stroke;
import org.cogov.diagram.style.TextStyle;

/**
 * A drawing surface writing a self-contained SVG 1.1 document (UTF-8, no external references). All model text is
 * XML-escaped, characters XML 1.0 forbids are dropped, numbers are written with at most two decimals in the root
 * locale, so the same diagram always gives the same bytes. Items become groups with a sanitised id and a
 * {@code <title>} tooltip.
 */
public final class SvgSurface implements DrawingSurface {

	private final StringBuilder svg = new StringBuilder();

	@Override
	public void begin(double width, double height, Colour background) {
		svg.setLength(0);
		String families = Fonts.FAMILIES.stream().filter(f -> !"SansSerif".equals(f)).map(f -> "'" + f + "'") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.collect(Collectors.joining(",")) + ",'Source Han Sans SC','Microsoft YaHei','PingFang SC',sans-serif"; //$NON-NLS-1$ //$NON-NLS-2$
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") //$NON-NLS-1$
				.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(width)) //$NON-NLS-1$
				.append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ') //$NON-NLS-1$ //$NON-NLS-2$
				.append(num(height)).append("\" font-family=\"").append(escape(families)).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
		svg.append("<rect x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"").append(num(height)) //$NON-NLS-1$ //$NON-NLS-2$
				.append('"').append(fill(background)).append("/>\n"); //$NON-NLS-1$
	}

	@Override
	public void rectangle(Box box, double radius, Colour fill, Stroke stroke) {
		svg.append("<rect x=\"").append(num(box.x())).append("\" y=\"").append(num(box.y())).append("\" width=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append(num(box.width())).append("\" height=\"").append(num(box.height())).append('"'); //$NON-NLS-1$
		if (radius > 0) {
			svg.append(" rx=\"").append(num(radius)).append("\" ry=\"").append(num(radius)).append('"'); //$NON-NLS-1$ //$NON-NLS-2$
		}
		svg.append(fill(fill)).append(stroke(stroke)).append("/>\n"); //$NON-NLS-1$
	}

	@Override
	public void polyline(List<Point> points, Stroke stroke) {
		svg.append("<polyline points=\"").append(points(points)).append("\" fill=\"none\"").append(stroke(stroke)) //$NON-NLS-1$ //$NON-NLS-2$
				.append(" stroke-linejoin=\"round\"/>\n"); //$NON-NLS-1$
	}

	@Override
	public void polygon(List<Point> points, Colour fill, Stroke stroke) {
		svg.append("<polygon points=\"").append(points(points)).append('"').append(fill(fill)).append(stroke(stroke)) //$NON-NLS-1$
				.append(" stroke-linejoin=\"round\"/>\n"); //$NON-NLS-1$
	}

	@Override
	public void text(String text, double x, double y, TextStyle style) {
		String anchor = switch (style.anchor()) {
		case START -> "start"; //$NON-NLS-1$
		case MIDDLE -> "middle"; //$NON-NLS-1$
		case END -> "end"; //$NON-NLS-1$
		};
		svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append(num(style.size())).append('"');
		if (style.bold()) {
			svg.append(" font-weight=\"bold\""); //$NON-NLS-1$
		}
		svg.append(fill(style.colour())).append(" text-anchor=\"").append(anchor).append("\">").append(escape(text)) //$NON-NLS-1$ //$NON-NLS-2$
				.append("</text>\n"); //$NON-NLS-1$
	}

	@Override
	public void beginItem(String id, String tooltip) {
		svg.append("<g id=\"").append(escape(sanitiseId(id))).append("\">"); //$NON-NLS-1$ //$NON-NLS-2$
		if (tooltip != null && !tooltip.isEmpty()) {
			svg.append("<title>").append(escape(tooltip)).append("</title>"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		svg.append('\n');
	}

	@Override
	public void endItem() {
		svg.append("</g>\n"); //$NON-NLS-1$
	}

	@Override
	public void end() {
		svg.append("</svg>\n"); //$NON-NLS-1$
	}

	/** The document written so far; complete after {@link #end()}. */
	public String svg() {
		return svg.toString();
	}

	private static String fill(Colour colour) {
		if (colour == null) {
			return " fill=\"none\""; //$NON-NLS-1$
		}
		String fill = " fill=\"" + colour.hex() + "\""; //$NON-NLS-1$ //$NON-NLS-2$
		return colour.isOpaque() ? fill : fill + " fill-opacity=\"" + num(colour.opacity()) + "\""; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String stroke(Stroke stroke) {
		if (stroke == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder text = new StringBuilder(" stroke=\"").append(stroke.colour().hex()).append("\" stroke-width=\"") //$NON-NLS-1$ //$NON-NLS-2$
				.append(num(stroke.width())).append('"');
		if (!stroke.colour().isOpaque()) {
			text.append(" stroke-opacity=\"").append(num(stroke.colour().opacity())).append('"'); //$NON-NLS-1$
		}
		if (!stroke.isSolid()) {
			text.append(" stroke-dasharray=\"") //$NON-NLS-1$
					.append(stroke.dashes().stream().map(SvgSurface::num).collect(Collectors.joining(","))).append('"'); //$NON-NLS-1$
		}
		return text.toString();
	}

	private static String points(List<Point> points) {
		return points.stream().map(p -> num(p.x()) + "," + num(p.y())).collect(Collectors.joining(" ")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A number with at most two decimals, no trailing zeros, no exponent. */
	static String num(double value) {
		double rounded = Math.round(value * 100) / 100.0;
		if (rounded == Math.rint(rounded)) {
			return Long.toString((long) rounded);
		}
		String text = String.format(Locale.ROOT, "%.2f", rounded); //$NON-NLS-1$
		return text.endsWith("0") ? text.substring(0, text.length() - 1) : text; //$NON-NLS-1$
	}

	/** XML-escapes text for element content and attribute values; drops characters XML 1.0 does not allow. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> out.append("&amp;"); //$NON-NLS-1$
			case '<' -> out.append("&lt;"); //$NON-NLS-1$
			case '>' -> out.append("&gt;"); //$NON-NLS-1$
			case '"' -> out.append("&quot;"); //$NON-NLS-1$
			case '\'' -> out.append("&apos;"); //$NON-NLS-1$
			case '\n' -> out.append("&#10;"); //$NON-NLS-1$
			default -> {
				if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					out.append(c).append(text.charAt(++i));
				} else if (allowed(c)) {
					out.append(c);
				}
			}
			}
		}
		return out.toString();
	}

	private static boolean allowed(char c) {
		return c == '\t' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
	}

	/** An XML name made of the id's letters, digits, '-', '_' and '.', prefixed so it starts with a letter. */
	static String sanitiseId(String id) {
		StringBuilder out = new StringBuilder("d-"); //$NON-NLS-1$
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			out.append(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.') ? c : '_');
		}
		return out.toString();
	}
}
