/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.ide.drawing;

import java.util.Locale;

import org.cogov.model.AssetShare;
import org.cogov.model.BenefitShare;
import org.cogov.model.CausalClaim;
import org.cogov.model.CollaborationLink;
import org.cogov.model.DecisionRight;
import org.cogov.model.EvidenceRef;
import org.cogov.model.LinkDirection;
import org.cogov.model.Membership;
import org.cogov.model.NamedElement;
import org.cogov.model.RoleAssignment;
import org.cogov.model.resource.ElementPath;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Elements in the words a modeler reads in the text, also those without a name: "link DA <-> PS (data-sharing) in
 * case 'CountyA'", "final right of JM in decision item 'Vendor' of phase 'P2' of case 'CountyA'". Builds on
 * {@link ElementPath}, which names named elements and their places.
 */
final class ElementWords {

	private ElementWords() {
	}

	/** The element and where it is, up to its case. */
	static String describe(EObject element) {
		String path = ElementPath.describe(element);
		String plain = ElementPath.name(element);
		return path.startsWith(plain) ? own(element) + path.substring(plain.length()) : path;
	}

	/** The element alone, as its statement reads. */
	static String own(EObject element) {
		if (element instanceof CollaborationLink link) {
			String direction = link.getDirection() == LinkDirection.MUTUAL ? " <-> " : " -> "; //$NON-NLS-1$ //$NON-NLS-2$
			String name = link.getName() == null ? "" : link.getName() + ": "; //$NON-NLS-1$ //$NON-NLS-2$
			return "link " + name + name(link.getFrom()) + direction + name(link.getTo()) + " (" + word(link.getKind()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} else if (element instanceof RoleAssignment role) {
			return "role " + name(role.getActor()) + " " + word(role.getRole()); //$NON-NLS-1$ //$NON-NLS-2$
		} else if (element instanceof Membership membership) {
			return "membership of " + name(membership.getActor()); //$NON-NLS-1$
		} else if (element instanceof DecisionRight right) {
			return word(right.getKind()) + " right of " + name(right.getHolder()); //$NON-NLS-1$
		} else if (element instanceof BenefitShare share) {
			return "benefit share of " + name(share.getActor()); //$NON-NLS-1$
		} else if (element instanceof AssetShare share) {
			return "ownership share of " + name(share.getOwner()); //$NON-NLS-1$
		} else if (element instanceof EvidenceRef evidence) {
			return "evidence " + name(evidence.getSource()); //$NON-NLS-1$
		} else if (element instanceof CausalClaim claim && claim.getName() == null) {
			return "claim " + name(claim.getCause()) + " causes " + name(claim.getEffect()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return ElementPath.name(element);
	}

	/** A feature as words: "resolvedBy" is "resolved by". */
	static String feature(EStructuralFeature feature) {
		return feature.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static String name(EObject element) {
		return element instanceof NamedElement named && named.getName() != null ? named.getName() : "?"; //$NON-NLS-1$
	}

	/** An enumeration value as the language spells it, close enough for messages: DATA_SHARING is data-sharing. */
	static String word(Enumerator value) {
		return value == null ? "?" : value.getName().toLowerCase(Locale.ROOT).replace('_', '-'); //$NON-NLS-1$
	}
}
