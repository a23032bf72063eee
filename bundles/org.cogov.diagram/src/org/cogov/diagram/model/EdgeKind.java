/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

import org.cogov.model.LinkKind;
import org.cogov.model.RightKind;

/** What an edge shows; the key of its line style and of its legend entry. */
public enum EdgeKind {
	/** The accountable actor of a responsibility. */
	ACCOUNTABLE("accountable for"), //$NON-NLS-1$
	/** A responsible actor of a responsibility. */
	RESPONSIBLE("responsible for"), //$NON-NLS-1$
	/** A benefit share paid from a pool to an actor. */
	BENEFIT("benefit share"), //$NON-NLS-1$
	/** The chair of a decision body. */
	CHAIR("chairs"), //$NON-NLS-1$
	/** A voting member of a decision body. */
	VOTING_MEMBER("voting member"), //$NON-NLS-1$
	/** A member without a vote. */
	NON_VOTING_MEMBER("non-voting member"), //$NON-NLS-1$
	/** The right to propose. */
	PROPOSE("propose"), //$NON-NLS-1$
	/** The right to be consulted. */
	CONSULTED("consulted"), //$NON-NLS-1$
	/** The right to co-decide. */
	CO_DECIDE("co-decide"), //$NON-NLS-1$
	/** The final say. */
	FINAL("final"), //$NON-NLS-1$
	/** A veto. */
	VETO("veto"), //$NON-NLS-1$
	/** The duty to execute. */
	EXECUTE("execute"), //$NON-NLS-1$
	/** A data-sharing link. */
	DATA_SHARING("data sharing"), //$NON-NLS-1$
	/** A joint project. */
	JOINT_PROJECT("joint project"), //$NON-NLS-1$
	/** A joint decision. */
	JOINT_DECISION("joint decision"), //$NON-NLS-1$
	/** A joint service process. */
	JOINT_SERVICE("joint service process"), //$NON-NLS-1$
	/** A secondment of staff. */
	SECONDMENT("secondment"), //$NON-NLS-1$
	/** An enabling factor effect on the structure. */
	ENABLES("enabling effect"), //$NON-NLS-1$
	/** A constraining factor effect on the structure. */
	CONSTRAINS("constraining effect"), //$NON-NLS-1$
	/** The structure works through a mechanism. */
	WORKS_THROUGH("works through"), //$NON-NLS-1$
	/** A mechanism addresses a difficulty. */
	ADDRESSES("addresses"), //$NON-NLS-1$
	/** A mechanism promotes collaboration. */
	PROMOTES("promotes"), //$NON-NLS-1$
	/** Collaboration observed in an outcome. */
	OBSERVED_AS("observed as"); //$NON-NLS-1$

	private final String label;

	EdgeKind(String label) {
		this.label = label;
	}

	/** The kind's name in a legend. */
	public String label() {
		return label;
	}

	/** The edge kind of a decision right. */
	public static EdgeKind of(RightKind right) {
		return switch (right) {
		case PROPOSE -> PROPOSE;
		case CONSULTED -> CONSULTED;
		case CO_DECIDE -> CO_DECIDE;
		case FINAL -> FINAL;
		case VETO -> VETO;
		case EXECUTE -> EXECUTE;
		};
	}

	/** The edge kind of a collaboration link. */
	public static EdgeKind of(LinkKind link) {
		return switch (link) {
		case DATA_SHARING -> DATA_SHARING;
		case JOINT_PROJECT -> JOINT_PROJECT;
		case JOINT_DECISION -> JOINT_DECISION;
		case JOINT_SERVICE -> JOINT_SERVICE;
		case SECONDMENT -> SECONDMENT;
		};
	}
}
