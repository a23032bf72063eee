/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.build;

import org.cogov.analysis.classification.Classification;
import org.cogov.analysis.shares.DecisionShares;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.model.NamedElement;
import org.cogov.model.StructureType;

/** Titles naming case, phase, kind and the computed structure type, the same for every kind. */
public final class DiagramTitles {

	private DiagramTitles() {
	}

	/** An empty diagram of a kind titled for the context. */
	public static Diagram newDiagram(DiagramKind kind, DiagramContext context) {
		return new Diagram(kind, title(kind, context), subtitle(context));
	}

	/** "A县 (CountyA) · phase 网络化阶段 (P2) · decision structure". */
	public static String title(DiagramKind kind, DiagramContext context) {
		return Labels.join(named(context.platformCase()), "phase " + named(context.phase()), kind.label()); //$NON-NLS-1$
	}

	/** "computed type: network (declared: network) · 2021-01-01 to open". */
	public static String subtitle(DiagramContext context) {
		return Labels.join(type(context), Labels.day(context.phase().getValidFrom()) + " to " //$NON-NLS-1$
				+ Labels.day(context.phase().getValidTo()));
	}

	/** The computed type with the nearest type of a hybrid, the declared type and a borderline warning. */
	public static String type(DiagramContext context) {
		Classification classification = context.analysis().classification();
		String text = "computed type: " + typeWords(classification.type()); //$NON-NLS-1$
		if (classification.type() == StructureType.HYBRID) {
			text += " (nearest " + typeWords(classification.nearestType()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		StructureType declared = context.phase().getDeclaredType();
		if (declared != null && declared != StructureType.UNSET) {
			text += ", declared " + typeWords(declared); //$NON-NLS-1$
		}
		return classification.isBorderline() ? text + ", borderline" : text; //$NON-NLS-1$
	}

	/** "G 94% · E 6% · lead GO 25%": government and enterprise shares of decision authority and the lead. */
	public static String shares(DecisionShares shares) {
		String lead = shares.lead() == null ? "no lead" //$NON-NLS-1$
				: "lead " + Labels.code(shares.lead()) + " " + Labels.percent(shares.smax()); //$NON-NLS-1$ //$NON-NLS-2$
		return Labels.join("G " + Labels.percent(shares.governmental()), "E " + Labels.percent(shares.enterprise()), lead); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A structure type in the thesis' words. */
	public static String typeWords(StructureType type) {
		return switch (type) {
		case CO_CREATION -> "co-creation-and-sharing platform"; //$NON-NLS-1$
		case NETWORK -> "network platform"; //$NON-NLS-1$
		case ENTERPRISE_LED -> "enterprise-led platform"; //$NON-NLS-1$
		case GOVERNMENT_LED -> "government-led platform"; //$NON-NLS-1$
		case HYBRID -> "hybrid"; //$NON-NLS-1$
		case UNSET -> "unset"; //$NON-NLS-1$
		};
	}

	private static String named(NamedElement element) {
		String code = Labels.code(element);
		String display = Labels.display(element);
		return display.equals(code) ? code : display + " (" + code + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
