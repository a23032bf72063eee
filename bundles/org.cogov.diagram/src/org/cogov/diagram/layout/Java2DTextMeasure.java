/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.layout;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text widths from Java2D font metrics, headless (run with {@code -Djava.awt.headless=true} where there is no
 * display). The font is the first installed family of {@link Java2DFonts}: Noto Sans CJK SC (Debian package
 * {@code fonts-noto-cjk}, installed on the build machines and in CI), then WenQuanYi Micro Hei, else the logical
 * SansSerif font; the PNG renderer draws with the same font, so measured boxes fit the drawn text.
 */
public final class Java2DTextMeasure implements TextMeasure {

	private static final Java2DTextMeasure INSTANCE = new Java2DTextMeasure();
	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	private final Map<String, Double> cache = new ConcurrentHashMap<>();

	private Java2DTextMeasure() {
	}

	/** The shared instance. */
	public static Java2DTextMeasure instance() {
		return INSTANCE;
	}

	/** Whether Java2D can measure text here (it cannot on a JVM without any font configuration). */
	public static boolean available() {
		try {
			return Java2DFonts.font(12, false).getStringBounds("x", CONTEXT).getWidth() > 0; //$NON-NLS-1$
		} catch (RuntimeException | Error e) { // a JDK without fontconfig fails with an Error
			return false;
		}
	}

	/** The name of the font family used. */
	public String family() {
		return Java2DFonts.family();
	}

	@Override
	public double width(String text, double size, boolean bold) {
		if (text.isEmpty()) {
			return 0;
		}
		String key = size + (bold ? "b" : "r") + text; //$NON-NLS-1$ //$NON-NLS-2$
		return cache.computeIfAbsent(key, k -> measure(text, size, bold));
	}

	private static double measure(String text, double size, boolean bold) {
		Font font = Java2DFonts.font(size, bold);
		return font.getStringBounds(text, CONTEXT).getWidth();
	}
}
