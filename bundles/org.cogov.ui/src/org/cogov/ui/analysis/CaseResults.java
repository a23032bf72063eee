/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.analysis;

import java.util.ArrayList;
import java.util.List;

import org.cogov.analysis.CaseAnalysis;
import org.cogov.analysis.GovernanceAnalysis;
import org.cogov.analysis.StudyComparison;
import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.dsl.ide.editing.StudyDocument;
import org.cogov.model.PlatformCase;

/**
 * What the analysis view shows, computed off the UI thread under the study's lock: the focused case's analysis
 * per phase, and the comparison of every case of its study folder.
 */
public record CaseResults(PlatformCase platformCase, CaseAnalysis analysis, StudyComparison comparison) {

	public static CaseResults compute(StudyDocument document, PlatformCase platformCase, ClassificationParameters parameters) {
		synchronized (document.lock()) {
			List<CaseAnalysis> all = new ArrayList<>();
			CaseAnalysis focused = null;
			for (PlatformCase each : document.workspace().cases()) {
				CaseAnalysis analysis = GovernanceAnalysis.analyse(each, parameters);
				all.add(analysis);
				if (each == platformCase) {
					focused = analysis;
				}
			}
			if (focused == null && platformCase != null) {
				focused = GovernanceAnalysis.analyse(platformCase, parameters);
			}
			return new CaseResults(platformCase, focused, StudyComparison.of(all));
		}
	}
}
