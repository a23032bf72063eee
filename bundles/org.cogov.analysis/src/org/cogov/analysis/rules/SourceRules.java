/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.rules.RuleContext.describe;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cogov.model.CogovPackage.Literals;
import org.cogov.model.Interviewee;
import org.cogov.model.Side;
import org.cogov.model.Source;
import org.cogov.model.Study;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * Sources of evidence: COGOV-E16 (interviewees stay anonymous and follow the code pattern) and COGOV-W11 (at least
 * two interviewees per side, so that each side's view is not one person's).
 */
final class SourceRules implements RuleFamily {

	/** The study roots of the same name loaded together with this one (the files of one study). */
	static List<Study> partsOf(Study study) {
		return StudyParts.of(study);
	}

	/** G (government), E (enterprise) or O (other) and 2 or 3 digits. */
	private static final Pattern CODE = Pattern.compile("[GEO][0-9]{2,3}"); //$NON-NLS-1$
	private static final int MIN_PER_SIDE = 2;

	@Override
	public void check(EObject object, RuleContext context) {
		if (object instanceof Interviewee interviewee) {
			anonymity(interviewee, context);
		} else if (object instanceof Study study) {
			perSide(study, Side.GOVERNMENT, context);
			perSide(study, Side.ENTERPRISE, context);
		}
	}

	/** COGOV-E16: every field that could carry a name, then the code itself. */
	private static void anonymity(Interviewee interviewee, RuleContext context) {
		EAttribute[] fields = { Literals.NAMED_ELEMENT__NAME, Literals.NAMED_ELEMENT__LABEL,
				Literals.NAMED_ELEMENT__DESCRIPTION, Literals.INTERVIEWEE__RANK, Literals.INTERVIEWEE__ORGANISATION };
		for (EAttribute field : fields) {
			Optional<String> name = PersonalNameDetector.find((String) interviewee.eGet(field));
			if (name.isPresent()) {
				context.reportVariant(RuleCatalog.E16_INTERVIEWEE_ANONYMITY, "personal", interviewee, field, //$NON-NLS-1$
						new Object[] { describe(interviewee), field.getName(), name.get() });
			}
		}
		String letter = letter(interviewee.getSide());
		String code = interviewee.getName();
		if (code == null || !CODE.matcher(code).matches() || letter != null && !code.startsWith(letter)) {
			context.reportVariant(RuleCatalog.E16_INTERVIEWEE_ANONYMITY, "code", interviewee, //$NON-NLS-1$
					Literals.NAMED_ELEMENT__NAME, new Object[] { describe(interviewee), letter == null ? "G, E or O" : letter }); //$NON-NLS-1$
		}
	}

	/** The code letter of a side, or null when the side is not stated. */
	private static String letter(Side side) {
		return switch (side) {
		case GOVERNMENT -> "G"; //$NON-NLS-1$
		case ENTERPRISE -> "E"; //$NON-NLS-1$
		case OTHER -> "O"; //$NON-NLS-1$
		case UNSET -> null;
		};
	}

	/**
	 * COGOV-W11, over all files of the study: a study split into a sources file and case files is judged as a
	 * whole, and the warning goes to the files that hold sources (or to every file when none does).
	 */
	private static void perSide(Study study, Side side, RuleContext context) {
		if (study.getSources().isEmpty() && StudyParts.anyWithSources(study)) {
			return;
		}
		List<Study> parts = partsOf(study);
		int count = 0;
		for (Study part : parts) {
			for (Source source : part.getSources()) {
				if (source instanceof Interviewee interviewee && interviewee.getSide() == side) {
					count++;
				}
			}
		}
		if (count < MIN_PER_SIDE) {
			context.report(RuleCatalog.W11_INTERVIEWEES_PER_SIDE, study, Literals.STUDY__SOURCES,
					new Object[] { describe(study), count, context.word("side." + side.getName()) }); //$NON-NLS-1$
		}
	}
}
