/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.cogov.diagram.model.Diagram;

/**
 * Renders a laid-out diagram as a PNG with Java2D, headless. At scale 1 one diagram unit is one pixel, which at
 * 96 dpi puts a typical diagram at A4 width (1100-1200 px); scale 2 gives a sharper picture for print.
 */
public final class PngRenderer {

	/** The largest picture drawn, in pixels; larger diagrams are drawn at a smaller scale. */
	public static final long MAX_PIXELS = 64L * 1024 * 1024;

	private PngRenderer() {
	}

	/** The PNG bytes at scale 1. */
	public static byte[] render(Diagram diagram) {
		return render(diagram, 1);
	}

	/** The PNG bytes at a scale, reduced if the picture would exceed {@link #MAX_PIXELS}. */
	public static byte[] render(Diagram diagram, double scale) {
		if (!(scale > 0)) {
			throw new IllegalArgumentException("scale must be positive: " + scale); //$NON-NLS-1$
		}
		double pixels = diagram.width() * diagram.height() * scale * scale;
		double fitted = pixels > MAX_PIXELS ? scale * Math.sqrt(MAX_PIXELS / pixels) : scale;
		Java2DSurface surface = new Java2DSurface(fitted);
		DiagramPainter.paint(diagram, surface);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(surface.image(), "png", bytes)) { //$NON-NLS-1$
				throw new IllegalStateException("no PNG writer in this JDK"); //$NON-NLS-1$
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e); // writing to memory does not fail
		}
		return bytes.toByteArray();
	}
}
