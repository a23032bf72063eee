/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.style;

/**
 * How an edge is drawn.
 *
 * @param stroke the line
 * @param head   the shape at ends with an arrowhead
 */
public record EdgeStyle(Stroke stroke, ArrowHead head) {
}
