/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cogov.analysis.CaseAnalysis;
import org.cogov.analysis.GovernanceAnalysis;
import org.cogov.analysis.StudyComparison;
import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.dsl.study.FileDiagnostic;
import org.cogov.dsl.study.LoadedStudy;
import org.cogov.model.PlatformCase;
import org.cogov.model.Study;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Everything a report shows, computed once: each case's analysis per phase, the comparison across cases with the
 * check of the thesis' finding, and the diagnostics of each file.
 */
public final class StudyResults {

	private final LoadedStudy study;
	private final ClassificationParameters parameters;
	private final Locale locale;
	private final Map<PlatformCase, CaseAnalysis> analyses = new LinkedHashMap<>();
	private final StudyComparison comparison;

	public StudyResults(LoadedStudy study, ClassificationParameters parameters, Locale locale) {
		this.study = study;
		this.parameters = parameters;
		this.locale = locale;
		List<CaseAnalysis> all = new ArrayList<>();
		for (PlatformCase platformCase : study.cases()) {
			CaseAnalysis analysis = GovernanceAnalysis.analyse(platformCase, parameters);
			analyses.put(platformCase, analysis);
			all.add(analysis);
		}
		comparison = StudyComparison.of(all);
	}

	public LoadedStudy study() {
		return study;
	}

	public ClassificationParameters parameters() {
		return parameters;
	}

	public Locale locale() {
		return locale;
	}

	public List<PlatformCase> cases() {
		return new ArrayList<>(analyses.keySet());
	}

	public CaseAnalysis analysis(PlatformCase platformCase) {
		return analyses.get(platformCase);
	}

	public StudyComparison comparison() {
		return comparison;
	}

	/** The study's name (the first file's, as all files of a study share it). */
	public String studyName() {
		List<Study> studies = study.studies();
		return studies.isEmpty() ? "" : studies.get(0).getName(); //$NON-NLS-1$
	}

	/** The study's label, or its name when it has none. */
	public String studyTitle() {
		for (Study s : study.studies()) {
			if (s.getLabel() != null) {
				return s.getLabel();
			}
		}
		return studyName();
	}

	/** The diagnostics of the file that holds the case. */
	public List<FileDiagnostic> diagnostics(PlatformCase platformCase) {
		Resource resource = platformCase.eResource();
		Path file = null;
		for (Map.Entry<Path, Resource> entry : study.resources().entrySet()) {
			if (entry.getValue() == resource) {
				file = entry.getKey();
			}
		}
		Path caseFile = file;
		return study.diagnostics().stream().filter(d -> d.file().equals(caseFile)).toList();
	}
}
