/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.diagram.GovernanceDiagrams;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructurePhase;

/**
 * The four governance diagrams of a phase (role, decision, network, path) as inline SVG for the HTML report, in
 * the report's language.
 */
public final class DiagramFigures implements CaseFigures {

	private final ClassificationParameters parameters;
	private final Locale locale;

	/** Diagrams in the JVM's default language. */
	public DiagramFigures(ClassificationParameters parameters) {
		this(parameters, Locale.getDefault());
	}

	/** Diagrams in a language: pass the report's locale ({@code StudyResults.locale()}) so pictures and text agree. */
	public DiagramFigures(ClassificationParameters parameters, Locale locale) {
		this.parameters = parameters;
		this.locale = locale;
	}

	@Override
	public List<Figure> figures(PlatformCase platformCase, StructurePhase phase) {
		List<Figure> figures = new ArrayList<>();
		Map<DiagramKind, Diagram> diagrams = GovernanceDiagrams.buildAll(platformCase, phase, parameters, locale);
		for (DiagramKind kind : DiagramKind.values()) {
			Diagram diagram = diagrams.get(kind);
			figures.add(new Figure(diagram.title(), GovernanceDiagrams.svg(diagram)));
		}
		return figures;
	}
}
