/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

/**
 * A flag on a node or edge, e.g. a validation finding or "isolated department".
 *
 * @param severity how it is drawn
 * @param code     a stable code such as a rule ID, or null
 * @param message  the text for a tooltip or a report
 */
public record Marker(Severity severity, String code, String message) {
}
