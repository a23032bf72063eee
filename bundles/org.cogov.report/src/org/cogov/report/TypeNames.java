/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.report;

import java.util.Locale;

import org.cogov.model.StructureType;

/** How structure types are named: stable identifiers in machine formats, the thesis' words in reports. */
public final class TypeNames {

	private TypeNames() {
	}

	/** co-creation, network, enterprise-led, government-led, hybrid. */
	public static String id(StructureType type) {
		if (type == null || type == StructureType.UNSET) {
			return "unset"; //$NON-NLS-1$
		}
		return type.getName().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The thesis' name of the type in the report's language. */
	public static String label(StructureType type, Locale locale) {
		return ReportWords.get(locale, "type." + id(type)); //$NON-NLS-1$
	}
}
