/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.report;

import java.util.List;

import org.cogov.model.PlatformCase;
import org.cogov.model.StructurePhase;

/** The pictures a report embeds for a case's phase (inline SVG in the HTML report). */
public interface CaseFigures {

	/** A titled picture as a complete SVG document. */
	record Figure(String title, String svg) {
	}

	List<Figure> figures(PlatformCase platformCase, StructurePhase phase);

	/** For reports without pictures. */
	CaseFigures NONE = (platformCase, phase) -> List.of();
}
