/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

/** What a node shows; the key of its style and of its legend entry. */
public enum NodeKind {
	/** A government department other than the data authority. */
	DEPARTMENT("government department"), //$NON-NLS-1$
	/** The data authority (大数据局), emphasised. */
	DATA_AUTHORITY("data authority"), //$NON-NLS-1$
	/** An enterprise. */
	ENTERPRISE("enterprise"), //$NON-NLS-1$
	/** A university, think tank, public institution or higher-level government. */
	OTHER_ACTOR("other actor"), //$NON-NLS-1$
	/** A decision body such as a leading group or joint meeting. */
	DECISION_BODY("decision body"), //$NON-NLS-1$
	/** A decision item. */
	DECISION_ITEM("decision item"), //$NON-NLS-1$
	/** A responsibility. */
	RESPONSIBILITY("responsibility"), //$NON-NLS-1$
	/** A benefit pool. */
	BENEFIT_POOL("benefit pool"), //$NON-NLS-1$
	/** A technological factor. */
	FACTOR_TECHNOLOGICAL("technological factor (T)"), //$NON-NLS-1$
	/** An organisational factor. */
	FACTOR_ORGANISATIONAL("organisational factor (O)"), //$NON-NLS-1$
	/** An institutional or environmental factor. */
	FACTOR_INSTITUTIONAL("institutional / environmental factor (I-E)"), //$NON-NLS-1$
	/** The governance structure of the phase with its computed type. */
	STRUCTURE("governance structure"), //$NON-NLS-1$
	/** A mechanism: value integration or technology empowerment. */
	MECHANISM("mechanism"), //$NON-NLS-1$
	/** A difficulty of collaboration. */
	DIFFICULTY("difficulty"), //$NON-NLS-1$
	/** Inter-departmental collaboration, the outcome variable, with its index. */
	COLLABORATION("inter-departmental collaboration"), //$NON-NLS-1$
	/** An observed outcome. */
	OUTCOME("outcome"); //$NON-NLS-1$

	private final String label;

	NodeKind(String label) {
		this.label = label;
	}

	/** The kind's name in a legend. */
	public String label() {
		return label;
	}
}
