/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.build;

import java.util.Locale;

import org.cogov.diagram.model.DiagramWords;
import org.cogov.diagram.model.GroupKind;
import org.cogov.diagram.model.NodeKind;
import org.cogov.model.Actor;
import org.cogov.model.AdministrativeLine;
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

	/** "DA · data authority", "CSOE · central SOE", "Uni · university think tank"; "CSOE · 央企" in Chinese. */
	static String codeAndKind(Actor actor, Locale locale) {
		return Labels.join(Labels.codeUnlessTitle(actor), kindWords(actor, locale));
	}

	private static String kindWords(Actor actor, Locale locale) {
		if (actor instanceof GovernmentDepartment department) {
			String kind = department.getKind() == DepartmentKind.OTHER ? DiagramWords.get(locale, "actor.department") //$NON-NLS-1$
					: Labels.words(department.getKind(), locale);
			return department.getLine() == AdministrativeLine.VERTICAL ? DiagramWords.get(locale, "actor.vertical", kind) : kind; //$NON-NLS-1$
		}
		if (actor instanceof Enterprise enterprise) {
			return enterprise.getOwnership() == OwnershipKind.UNSET ? DiagramWords.get(locale, "actor.enterprise") //$NON-NLS-1$
					: Labels.words(enterprise.getOwnership(), locale);
		}
		if (actor instanceof OtherActor other) {
			return Labels.words(other.getKind(), locale);
		}
		return ""; //$NON-NLS-1$
	}
}
