/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.tests;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Reading PNGs and counting pixels that differ from the white background. */
final class Pixels {

	private Pixels() {
	}

	static BufferedImage read(byte[] png) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			if (image == null) {
				throw new AssertionError("not a PNG (" + png.length + " bytes)"); //$NON-NLS-1$
			}
			return image;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Pixels whose colour is not (almost) white, alpha aside. */
	static long inked(BufferedImage image) {
		long count = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				boolean transparent = (rgb >>> 24) < 16;
				int r = rgb >> 16 & 0xff;
				int g = rgb >> 8 & 0xff;
				int b = rgb & 0xff;
				if (!transparent && (r < 240 || g < 240 || b < 240)) {
					count++;
				}
			}
		}
		return count;
	}
}
