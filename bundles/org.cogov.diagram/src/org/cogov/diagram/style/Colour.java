/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.style;

import java.util.Locale;

/**
 * An sRGB colour with opacity.
 *
 * @param red   0..255
 * @param green 0..255
 * @param blue  0..255
 * @param alpha 0..255, 255 opaque
 */
public record Colour(int red, int green, int blue, int alpha) {

	/** White. */
	public static final Colour WHITE = rgb(0xffffff);
	/** Black. */
	public static final Colour BLACK = rgb(0x000000);

	/** An opaque colour from 0xRRGGBB. */
	public static Colour rgb(int rgb) {
		return new Colour(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff, 255);
	}

	/** This colour with another opacity. */
	public Colour withAlpha(int newAlpha) {
		return new Colour(red, green, blue, newAlpha);
	}

	/** "#rrggbb", for SVG. */
	public String hex() {
		return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue); //$NON-NLS-1$
	}

	/** The opacity in 0..1. */
	public double opacity() {
		return alpha / 255.0;
	}

	/** Whether the colour is fully opaque. */
	public boolean isOpaque() {
		return alpha == 255;
	}
}
