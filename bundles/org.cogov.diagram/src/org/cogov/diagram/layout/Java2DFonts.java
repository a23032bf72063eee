/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.layout;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.cogov.diagram.style.Fonts;

/**
 * The Java2D font of the diagrams: the first family of {@link Fonts#FAMILIES} installed, so that Chinese labels
 * render (fonts-noto-cjk provides "Noto Sans CJK SC"); shared by text measurement and the PNG renderer.
 */
public final class Java2DFonts {

	private static final Map<String, Font> FONTS = new ConcurrentHashMap<>();
	private static volatile String family;

	private Java2DFonts() {
	}

	/** The chosen family name. */
	public static String family() {
		String chosen = family;
		if (chosen == null) {
			chosen = choose();
			family = chosen;
		}
		return chosen;
	}

	private static String choose() {
		Set<String> installed = new HashSet<>(Arrays.asList(
				GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(java.util.Locale.ROOT)));
		for (String candidate : Fonts.FAMILIES) {
			if (installed.contains(candidate)) {
				return candidate;
			}
		}
		return Font.SANS_SERIF;
	}

	/** The font of a size and weight. */
	public static Font font(double size, boolean bold) {
		String key = size + (bold ? "b" : "r"); //$NON-NLS-1$ //$NON-NLS-2$
		return FONTS.computeIfAbsent(key, k -> new Font(family(), bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size));
	}
}
