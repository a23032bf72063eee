/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.build;

import org.cogov.diagram.model.GroupKind;
import org.cogov.diagram.model.NodeKind;
import org.cogov.model.Actor;
import org.cogov.model.DepartmentKind;
import org.cogov.model.Enterprise;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.OtherActor;
import org.cogov.model.OwnershipKind;

/** How actors look in every diagram: node kind, group and the line naming code and kind. */
final class ActorNodes {

	private ActorNodes() {
	}

	/** The node id of an actor, the same in every diagram. */
	static String id(Actor actor) {
		return "actor:" + Labels.code(actor); //$NON-NLS-1$
	}

	/** The node kind of an actor. */
	static NodeKind kind(Actor actor) {
		if (actor instanceof GovernmentDepartment department) {
			return department.getKind() == DepartmentKind.DATA_AUTHORITY ? NodeKind.DATA_AUTHORITY : NodeKind.DEPARTMENT;
		}
		return actor instanceof Enterprise ? NodeKind.ENTERPRISE : NodeKind.OTHER_ACTOR;
	}

	/** The group kind of an actor in the role diagram. */
	static GroupKind group(Actor actor) {
		if (actor instanceof GovernmentDepartment) {
			return GroupKind.GOVERNMENT;
		}
		return actor instanceof Enterprise ? GroupKind.ENTERPRISES : GroupKind.OTHER_ACTORS;
	}

	/** "DA · data authority", "CSOE · central SOE", "Uni · university think tank". */
	static String codeAndKind(Actor actor) {
		return Labels.join(Labels.codeUnlessTitle(actor), kindWords(actor));
	}

	private static String kindWords(Actor actor) {
		if (actor instanceof GovernmentDepartment department) {
			String kind = department.getKind() == DepartmentKind.OTHER ? "department" : Labels.words(department.getKind()); //$NON-NLS-1$
			return department.getLine() == org.cogov.model.AdministrativeLine.VERTICAL ? kind + ", vertical" : kind; //$NON-NLS-1$
		}
		if (actor instanceof Enterprise enterprise) {
			return enterprise.getOwnership() == OwnershipKind.UNSET ? "enterprise" : Labels.words(enterprise.getOwnership()); //$NON-NLS-1$
		}
		if (actor instanceof OtherActor other) {
			return Labels.words(other.getKind());
		}
		return ""; //$NON-NLS-1$
	}
}
