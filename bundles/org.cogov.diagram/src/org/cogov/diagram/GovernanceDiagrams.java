/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.cogov.analysis.CaseAnalysis;
import org.cogov.analysis.GovernanceAnalysis;
import org.cogov.analysis.PhaseAnalysis;
import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.analysis.rules.CogovRules;
import org.cogov.analysis.rules.CogovRulesValidator;
import org.cogov.diagram.build.DecisionDiagramBuilder;
import org.cogov.diagram.build.DiagramBuilder;
import org.cogov.diagram.build.DiagramContext;
import org.cogov.diagram.build.DiagramMarkers;
import org.cogov.diagram.build.NetworkDiagramBuilder;
import org.cogov.diagram.build.PathDiagramBuilder;
import org.cogov.diagram.build.RoleDiagramBuilder;
import org.cogov.diagram.layout.DiagramLayout;
import org.cogov.diagram.layout.TextMeasure;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.render.DiagramExport;
import org.cogov.diagram.render.PngRenderer;
import org.cogov.diagram.render.SvgRenderer;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructurePhase;
import org.cogov.model.resource.ElementPath;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * The entry point of the diagrams, for the command line, the HTML report and the workbench: build a laid-out
 * diagram of a kind for a case and a phase (the phase's analysis computed with the given parameters, validation
 * findings of the CoGov rules as markers), then render it as SVG or PNG or write it to a file. Titles, legends and
 * node texts are in English or Chinese by the locale given; without one, by the JVM's default locale (as set by
 * {@code -nl zh} in the workbench).
 *
 * <pre>
 * Diagram d = GovernanceDiagrams.build(DiagramKind.NETWORK, platformCase, null, ClassificationParameters.defaults(), Locale.CHINESE);
 * GovernanceDiagrams.write(d, Path.of("network.svg"));
 * </pre>
 */
public final class GovernanceDiagrams {

	private GovernanceDiagrams() {
	}

	/** The builder of a kind. */
	public static DiagramBuilder builder(DiagramKind kind) {
		return switch (kind) {
		case ROLE -> new RoleDiagramBuilder();
		case DECISION -> new DecisionDiagramBuilder();
		case NETWORK -> new NetworkDiagramBuilder();
		case PATH -> new PathDiagramBuilder();
		};
	}

	/**
	 * A laid-out diagram of a phase of a case.
	 *
	 * @param kind         the kind
	 * @param platformCase the case
	 * @param phase        a phase of the case, or null for the current phase (the one that began last)
	 * @param parameters   classification parameters (our operationalisation), or null for the defaults
	 * @throws IllegalArgumentException if the case has no phase or the phase belongs to another case
	 */
	public static Diagram build(DiagramKind kind, PlatformCase platformCase, StructurePhase phase,
			ClassificationParameters parameters) {
		return build(kind, platformCase, phase, parameters, Locale.getDefault());
	}

	/**
	 * A laid-out diagram of a phase of a case in a language.
	 *
	 * @param locale the language of titles, legends, node texts and finding messages: Chinese for a "zh" locale,
	 *               otherwise English
	 * @see #build(DiagramKind, PlatformCase, StructurePhase, ClassificationParameters)
	 */
	public static Diagram build(DiagramKind kind, PlatformCase platformCase, StructurePhase phase,
			ClassificationParameters parameters, Locale locale) {
		DiagramContext context = context(platformCase, phase, parameters, locale);
		return build(kind, context, findings(platformCase, context), TextMeasure.standard());
	}

	/** All four laid-out diagrams of a phase (analysis and validation run once), e.g. for the HTML report. */
	public static Map<DiagramKind, Diagram> buildAll(PlatformCase platformCase, StructurePhase phase,
			ClassificationParameters parameters) {
		return buildAll(platformCase, phase, parameters, Locale.getDefault());
	}

	/** All four laid-out diagrams of a phase in a language (English unless Chinese). */
	public static Map<DiagramKind, Diagram> buildAll(PlatformCase platformCase, StructurePhase phase,
			ClassificationParameters parameters, Locale locale) {
		DiagramContext context = context(platformCase, phase, parameters, locale);
		Diagnostic findings = findings(platformCase, context);
		TextMeasure measure = TextMeasure.standard();
		Map<DiagramKind, Diagram> diagrams = new EnumMap<>(DiagramKind.class);
		for (DiagramKind kind : DiagramKind.values()) {
			diagrams.put(kind, build(kind, context, findings, measure));
		}
		return diagrams;
	}

	/** The rule findings of the case, in the diagram's language (the markers' tooltips). */
	private static Diagnostic findings(PlatformCase platformCase, DiagramContext context) {
		Map<Object, Object> validation = new HashMap<>();
		validation.put(CogovRulesValidator.LOCALE_KEY, context.locale());
		return CogovRules.validate(platformCase, validation);
	}

	private static Diagram build(DiagramKind kind, DiagramContext context, Diagnostic findings, TextMeasure measure) {
		Diagram diagram = builder(kind).build(context);
		DiagramMarkers.annotate(diagram, findings);
		return DiagramLayout.layout(diagram, measure);
	}

	/** The builders' input for a phase, analysed with the given parameters (null: defaults), in the default language. */
	public static DiagramContext context(PlatformCase platformCase, StructurePhase phase, ClassificationParameters parameters) {
		return context(platformCase, phase, parameters, Locale.getDefault());
	}

	/** The builders' input for a phase, analysed with the given parameters (null: defaults), in a language. */
	public static DiagramContext context(PlatformCase platformCase, StructurePhase phase, ClassificationParameters parameters,
			Locale locale) {
		ClassificationParameters params = parameters == null ? ClassificationParameters.defaults() : parameters;
		StructurePhase chosen = phase;
		if (chosen == null) {
			CaseAnalysis analysis = GovernanceAnalysis.analyse(platformCase, params);
			if (analysis.current() == null) {
				throw new IllegalArgumentException(ElementPath.describe(platformCase) + " has no structure phase to draw"); //$NON-NLS-1$
			}
			chosen = analysis.current().phase();
		} else if (chosen.eContainer() != platformCase) {
			throw new IllegalArgumentException(ElementPath.describe(chosen) + " is not a phase of " //$NON-NLS-1$
					+ ElementPath.describe(platformCase));
		}
		PhaseAnalysis analysis = GovernanceAnalysis.analyse(chosen, params);
		return new DiagramContext(platformCase, chosen, params, analysis, locale);
	}

	/** The SVG document of a laid-out diagram. */
	public static String svg(Diagram diagram) {
		return SvgRenderer.render(diagram);
	}

	/** The PNG bytes of a laid-out diagram at scale 1 (about A4 width at 96 dpi). */
	public static byte[] png(Diagram diagram) {
		return PngRenderer.render(diagram);
	}

	/** Writes a diagram as SVG or PNG by the file's extension, atomically. */
	public static void write(Diagram diagram, Path file) throws IOException {
		DiagramExport.write(diagram, file);
	}
}
