/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.editor;

import java.util.EnumMap;
import java.util.Map;

import org.cogov.dsl.ide.editing.Highlighting.Style;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * The editor's colours, chosen to match the diagrams' visual language: departments blue, enterprises orange,
 * other actors green, decision bodies purple, sources grey-brown; keywords dark red, enumeration words teal.
 */
public final class StudyColors {

	private static final Map<Style, TextAttribute> ATTRIBUTES = new EnumMap<>(Style.class);

	static {
		put(Style.KEYWORD, new Color(127, 0, 85), SWT.BOLD);
		put(Style.VALUE_WORD, new Color(0, 110, 110), SWT.NORMAL);
		put(Style.STRING, new Color(42, 0, 255), SWT.NORMAL);
		put(Style.COMMENT, new Color(63, 127, 95), SWT.ITALIC);
		put(Style.NUMBER, new Color(125, 80, 0), SWT.NORMAL);
		put(Style.DECLARATION, new Color(0, 0, 0), SWT.BOLD);
		put(Style.DEPARTMENT, new Color(30, 90, 170), SWT.NORMAL);
		put(Style.ENTERPRISE, new Color(200, 100, 0), SWT.NORMAL);
		put(Style.OTHER_ACTOR, new Color(40, 130, 60), SWT.NORMAL);
		put(Style.BODY, new Color(120, 60, 160), SWT.NORMAL);
		put(Style.SOURCE, new Color(120, 90, 60), SWT.NORMAL);
		put(Style.REFERENCE, new Color(60, 60, 60), SWT.NORMAL);
	}

	private StudyColors() {
	}

	private static void put(Style style, Color colour, int fontStyle) {
		ATTRIBUTES.put(style, new TextAttribute(colour, null, fontStyle));
	}

	public static TextAttribute of(Style style) {
		return ATTRIBUTES.get(style);
	}
}
