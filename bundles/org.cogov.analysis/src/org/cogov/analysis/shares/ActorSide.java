/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.shares;

import org.cogov.model.Actor;
import org.cogov.model.Enterprise;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.OtherActor;
import org.cogov.model.OtherActorKind;

/**
 * Which side of the cooperation an actor stands on. Governmental actors are the local departments plus public
 * institutions and higher-level governments (they answer to the state, not to a market); universities, think
 * tanks and other actors stand on neither side.
 */
public enum ActorSide {
	/** A government department, public institution or higher-level government. */
	GOVERNMENTAL,
	/** An enterprise. */
	ENTERPRISE,
	/** Neither side, e.g. a university or think tank. */
	OTHER;

	/** The side of an actor; null counts as OTHER. */
	public static ActorSide of(Actor actor) {
		if (actor instanceof GovernmentDepartment) {
			return GOVERNMENTAL;
		}
		if (actor instanceof Enterprise) {
			return ENTERPRISE;
		}
		if (actor instanceof OtherActor other && (other.getKind() == OtherActorKind.PUBLIC_INSTITUTION
				|| other.getKind() == OtherActorKind.HIGHER_LEVEL_GOVERNMENT)) {
			return GOVERNMENTAL;
		}
		return OTHER;
	}

	/** Whether the actor is governmental. */
	public static boolean isGovernmental(Actor actor) {
		return of(actor) == GOVERNMENTAL;
	}

	/** Whether the actor is an enterprise. */
	public static boolean isEnterprise(Actor actor) {
		return of(actor) == ENTERPRISE;
	}
}
