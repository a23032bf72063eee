/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.build;

import java.util.Locale;

import org.cogov.analysis.classification.Classification;
import org.cogov.analysis.shares.DecisionShares;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.model.DiagramWords;
import org.cogov.model.NamedElement;
import org.cogov.model.StructureType;

/** Titles naming case, phase, kind and the computed structure type, the same for every kind, in the context's language. */
public final class DiagramTitles {

	private DiagramTitles() {
	}

	/** An empty diagram of a kind titled for the context, in the context's language. */
	public static Diagram newDiagram(DiagramKind kind, DiagramContext context) {
		return new Diagram(kind, title(kind, context), subtitle(context), context.locale());
	}

	/** "A县 (CountyA) · phase 网络化阶段 (P2) · decision structure"; "A县 (CountyA) · 阶段 网络化阶段 (P2) · 决策结构". */
	public static String title(DiagramKind kind, DiagramContext context) {
		return Labels.join(named(context.platformCase()), context.words("title.phase", named(context.phase())), //$NON-NLS-1$
				kind.label(context.locale()));
	}

	/** "computed type: network platform, declared network platform · 2021-01-01 to open". */
	public static String subtitle(DiagramContext context) {
		String from = Labels.day(context.phase().getValidFrom(), context.locale());
		String period = context.phase().getValidTo() == null ? context.words("period.open", from) //$NON-NLS-1$
				: context.words("period", from, Labels.day(context.phase().getValidTo())); //$NON-NLS-1$
		return Labels.join(type(context), period);
	}

	/** The computed type with the nearest type of a hybrid, the declared type and a borderline warning. */
	public static String type(DiagramContext context) {
		Locale locale = context.locale();
		Classification classification = context.analysis().classification();
		String text = typeWords(classification.type(), locale);
		if (classification.type() == StructureType.HYBRID) {
			text = context.words("type.nearest", text, typeWords(classification.nearestType(), locale)); //$NON-NLS-1$
		}
		text = context.words("type.computed", text); //$NON-NLS-1$
		StructureType declared = context.phase().getDeclaredType();
		if (declared != null && declared != StructureType.UNSET) {
			text = context.words("type.declared", text, typeWords(declared, locale)); //$NON-NLS-1$
		}
		return classification.isBorderline() ? context.words("type.borderline", text) : text; //$NON-NLS-1$
	}

	/** "G 94% · E 6% · lead GO 25%" in English. */
	public static String shares(DecisionShares shares) {
		return shares(shares, Locale.ROOT);
	}

	/** "G 94% · E 6% · lead GO 25%": government and enterprise shares of decision authority and the lead. */
	public static String shares(DecisionShares shares, Locale locale) {
		String lead = shares.lead() == null ? DiagramWords.get(locale, "shares.noLead") //$NON-NLS-1$
				: DiagramWords.get(locale, "shares.lead", Labels.code(shares.lead()), Labels.percent(shares.smax())); //$NON-NLS-1$
		return Labels.join(DiagramWords.get(locale, "shares.government", Labels.percent(shares.governmental())), //$NON-NLS-1$
				DiagramWords.get(locale, "shares.enterprise", Labels.percent(shares.enterprise())), lead); //$NON-NLS-1$
	}

	/** A structure type in the thesis' words, in English. */
	public static String typeWords(StructureType type) {
		return typeWords(type, Locale.ROOT);
	}

	/** A structure type in the thesis' words (共创共享式平台, 网络式平台, ...), as the report names it. */
	public static String typeWords(StructureType type, Locale locale) {
		return DiagramWords.get(locale, "type." + type.name()); //$NON-NLS-1$
	}

	private static String named(NamedElement element) {
		String code = Labels.code(element);
		String display = Labels.display(element);
		return display.equals(code) ? code : display + " (" + code + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
