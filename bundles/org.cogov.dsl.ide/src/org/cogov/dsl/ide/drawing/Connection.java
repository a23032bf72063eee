/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.ide.drawing;

import org.cogov.model.Actor;
import org.cogov.model.DecisionBody;
import org.cogov.model.DecisionHolder;
import org.cogov.model.DecisionItem;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructurePhase;
import org.cogov.model.resource.ElementPath;
import org.eclipse.emf.ecore.EObject;

/**
 * The connections a diagram palette draws from a source to a target, and which pairs the language and the
 * governance rules allow, so that the palette can refuse a drop (and say why) before anything is written.
 */
public enum Connection {

	/** A collaboration link between two departments of one case (COGOV-E08, COGOV-E09). */
	LINK {
		@Override
		String refusal(EObject source, EObject target) {
			if (!(source instanceof GovernmentDepartment) || !(target instanceof GovernmentDepartment)) {
				EObject other = source instanceof GovernmentDepartment ? target : source;
				return "a collaboration link connects two departments, not " + ElementPath.name(other); //$NON-NLS-1$
			}
			if (source == target) {
				return "a collaboration link connects two different departments"; //$NON-NLS-1$
			}
			return source.eContainer() == target.eContainer() ? null : "a collaboration link connects departments of one case"; //$NON-NLS-1$
		}
	},

	/** An actor of the case becomes a member of a decision body. */
	MEMBERSHIP {
		@Override
		String refusal(EObject source, EObject target) {
			if (!(source instanceof Actor actor) || !(target instanceof DecisionBody body)) {
				return "a membership connects an actor to a decision body"; //$NON-NLS-1$
			}
			if (actor.eContainer() != caseOf(body)) {
				return "the members of a body are actors of its case"; //$NON-NLS-1$
			}
			return body.getMembers().stream().anyMatch(m -> m.getActor() == actor)
					? actor.getName() + " is already a member of " + ElementPath.name(body) : null; //$NON-NLS-1$
		}
	},

	/** An actor of the case, or a body of the same phase, holds a right on a decision item. */
	DECISION_RIGHT {
		@Override
		String refusal(EObject source, EObject target) {
			if (!(source instanceof DecisionHolder) || !(target instanceof DecisionItem item)) {
				return "a decision right connects an actor or a decision body to a decision item"; //$NON-NLS-1$
			}
			if (source instanceof DecisionBody body) {
				return body.eContainer() == item.eContainer() ? null : "a decision right goes to a body of the item's own phase"; //$NON-NLS-1$
			}
			return source.eContainer() == caseOf(item) ? null : "a decision right goes to an actor of the item's case"; //$NON-NLS-1$
		}
	},

	/** An actor of the case takes a role in a phase. */
	ROLE {
		@Override
		String refusal(EObject source, EObject target) {
			if (!(source instanceof Actor) || !(target instanceof StructurePhase phase)) {
				return "a role assignment connects an actor to a phase"; //$NON-NLS-1$
			}
			return source.eContainer() == phase.eContainer() ? null : "a role goes to an actor of the phase's case"; //$NON-NLS-1$
		}
	};

	/** Why the source cannot be connected to the target, in modeler words; null when it can. */
	public String whyNot(EObject source, EObject target) {
		if (source == null || target == null || source.eResource() == null || target.eResource() == null) {
			return "both ends must be elements of the study"; //$NON-NLS-1$
		}
		return refusal(source, target);
	}

	abstract String refusal(EObject source, EObject target);

	static PlatformCase caseOf(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof PlatformCase platformCase) {
				return platformCase;
			}
		}
		return null;
	}
}
