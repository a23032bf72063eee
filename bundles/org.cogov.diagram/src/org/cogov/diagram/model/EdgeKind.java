/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

import java.util.Locale;

import org.cogov.model.LinkKind;
import org.cogov.model.RightKind;

/** What an edge shows; the key of its line style and of its legend entry. */
public enum EdgeKind {
	/** The accountable actor of a responsibility. */
	ACCOUNTABLE,
	/** A responsible actor of a responsibility. */
	RESPONSIBLE,
	/** A benefit share paid from a pool to an actor. */
	BENEFIT,
	/** The chair of a decision body. */
	CHAIR,
	/** A voting member of a decision body. */
	VOTING_MEMBER,
	/** A member without a vote. */
	NON_VOTING_MEMBER,
	/** The right to propose. */
	PROPOSE,
	/** The right to be consulted. */
	CONSULTED,
	/** The right to co-decide. */
	CO_DECIDE,
	/** The final say. */
	FINAL,
	/** A veto. */
	VETO,
	/** The duty to execute. */
	EXECUTE,
	/** A data-sharing link. */
	DATA_SHARING,
	/** A joint project. */
	JOINT_PROJECT,
	/** A joint decision. */
	JOINT_DECISION,
	/** A joint service process. */
	JOINT_SERVICE,
	/** A secondment of staff. */
	SECONDMENT,
	/** An enabling factor effect on the structure. */
	ENABLES,
	/** A constraining factor effect on the structure. */
	CONSTRAINS,
	/** The structure works through a mechanism. */
	WORKS_THROUGH,
	/** A mechanism addresses a difficulty. */
	ADDRESSES,
	/** A mechanism promotes collaboration. */
	PROMOTES,
	/** Collaboration observed in an outcome. */
	OBSERVED_AS;

	/** The kind's name in a legend, in English. */
	public String label() {
		return label(Locale.ROOT);
	}

	/** The kind's name in a legend in a locale's language (English unless Chinese). */
	public String label(Locale locale) {
		return DiagramWords.get(locale, "edge." + name()); //$NON-NLS-1$
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
