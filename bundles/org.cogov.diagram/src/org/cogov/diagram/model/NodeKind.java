/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

import java.util.Locale;

/** What a node shows; the key of its style and of its legend entry. */
public enum NodeKind {
	/** A government department other than the data authority. */
	DEPARTMENT,
	/** The data authority (大数据局), emphasised. */
	DATA_AUTHORITY,
	/** An enterprise. */
	ENTERPRISE,
	/** A university, think tank, public institution or higher-level government. */
	OTHER_ACTOR,
	/** A decision body such as a leading group or joint meeting. */
	DECISION_BODY,
	/** A decision item. */
	DECISION_ITEM,
	/** A responsibility. */
	RESPONSIBILITY,
	/** A benefit pool. */
	BENEFIT_POOL,
	/** A technological factor. */
	FACTOR_TECHNOLOGICAL,
	/** An organisational factor. */
	FACTOR_ORGANISATIONAL,
	/** An institutional or environmental factor. */
	FACTOR_INSTITUTIONAL,
	/** The governance structure of the phase with its computed type. */
	STRUCTURE,
	/** A mechanism: value integration or technology empowerment. */
	MECHANISM,
	/** A difficulty of collaboration. */
	DIFFICULTY,
	/** Inter-departmental collaboration, the outcome variable, with its index. */
	COLLABORATION,
	/** An observed outcome. */
	OUTCOME;

	/** The kind's name in a legend, in English. */
	public String label() {
		return label(Locale.ROOT);
	}

	/** The kind's name in a legend in a locale's language (English unless Chinese). */
	public String label(Locale locale) {
		return DiagramWords.get(locale, "node." + name()); //$NON-NLS-1$
	}
}
