/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.analysis;

import java.util.Locale;

import org.cogov.analysis.PhaseAnalysis;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructureType;
import org.cogov.report.TypeNames;
import org.eclipse.osgi.util.NLS;

/** The one-line summary above the tabs: case, label, and the type of its current phase. */
final class Headline {

	private Headline() {
	}

	static String of(CaseResults results) {
		PlatformCase platformCase = results.platformCase();
		PhaseAnalysis current = results.analysis().current();
		String name = platformCase.getName() + (platformCase.getLabel() == null ? "" : " \u00b7 " + platformCase.getLabel()); //$NON-NLS-1$ //$NON-NLS-2$
		if (current == null) {
			return NLS.bind(Messages.Analysis_noPhase, name);
		}
		StructureType type = current.classification().type();
		String typeText = TypeNames.label(type, Locale.getDefault());
		if (type == StructureType.HYBRID) {
			typeText += " (" + NLS.bind(Messages.Analysis_nearest, TypeNames.label(current.classification().nearestType(), Locale.getDefault())) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		String borderline = current.classification().isBorderline() ? " \u26a0 " + Messages.Analysis_borderline : ""; //$NON-NLS-1$ //$NON-NLS-2$
		return NLS.bind(Messages.Analysis_headline, new Object[] { name, typeText, current.phase().getName() }) + borderline;
	}
}
