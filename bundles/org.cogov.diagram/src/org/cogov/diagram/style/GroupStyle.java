/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.style;

/**
 * How a group container is drawn.
 *
 * @param fill   the background tint
 * @param border the border line
 * @param title  the colour of the title
 */
public record GroupStyle(Colour fill, Stroke border, Colour title) {
}
