/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.build;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cogov.analysis.rules.RuleDiagnostic;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.model.DiagramWords;
import org.cogov.diagram.model.LegendEntry;
import org.cogov.diagram.model.Marker;
import org.cogov.diagram.model.Severity;
import org.cogov.model.PlatformCase;
import org.cogov.model.Study;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

/**
 * Puts validation findings on the nodes that show the offending element, or, for an element the diagram does not
 * show (a membership, a right), on the node of its nearest container that it does show (the body, the item), or
 * else on the nodes of the further elements the rule names (the enterprise of a lock-in risk).
 */
public final class DiagramMarkers {

	private DiagramMarkers() {
	}

	/**
	 * Annotates a diagram with the findings of a validation (e.g. {@code CogovRules.validate(case, null)}); the
	 * findings' messages come in the validation's language, the legend entries in the diagram's.
	 *
	 * @return the number of markers placed
	 */
	public static int annotate(Diagram diagram, Diagnostic diagnostic) {
		Set<Severity> used = EnumSet.noneOf(Severity.class);
		int placed = annotate(diagram, diagnostic, used);
		for (Severity severity : used) {
			diagram.legend().add(LegendEntry.marker(severity,
					DiagramWords.get(diagram.locale(), "marker.legend", severity.label(diagram.locale())))); //$NON-NLS-1$
		}
		return placed;
	}

	private static int annotate(Diagram diagram, Diagnostic diagnostic, Set<Severity> used) {
		int placed = 0;
		if (diagnostic.getChildren().isEmpty()) {
			Severity severity = severity(diagnostic);
			EObject target = target(diagnostic);
			if (severity != null && target != null) {
				String code = diagnostic instanceof RuleDiagnostic rule ? rule.getRuleId() : diagnostic.getSource();
				for (DiagramNode node : nodesFor(diagram, diagnostic, target)) {
					node.addMarker(new Marker(severity, code, diagnostic.getMessage()));
					used.add(severity);
					placed++;
				}
			}
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			placed += annotate(diagram, child, used);
		}
		return placed;
	}

	private static Severity severity(Diagnostic diagnostic) {
		if (diagnostic instanceof RuleDiagnostic rule && rule.isRisk() && diagnostic.getSeverity() != Diagnostic.OK) {
			return Severity.RISK;
		}
		return switch (diagnostic.getSeverity()) {
		case Diagnostic.ERROR -> Severity.ERROR;
		case Diagnostic.WARNING -> Severity.WARNING;
		case Diagnostic.INFO -> Severity.INFO;
		default -> null;
		};
	}

	private static EObject target(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		return !data.isEmpty() && data.get(0) instanceof EObject object ? object : null;
	}

	/** The nodes of the target, else of the further elements a rule names (e.g. the enterprise of a risk). */
	private static List<DiagramNode> nodesFor(Diagram diagram, Diagnostic diagnostic, EObject target) {
		List<DiagramNode> nodes = shownAt(diagram, target);
		if (nodes.isEmpty() && diagnostic instanceof RuleDiagnostic rule) {
			nodes = rule.getRelated().stream().flatMap(related -> shownAt(diagram, related).stream()).distinct().toList();
		}
		return nodes;
	}

	private static List<DiagramNode> shownAt(Diagram diagram, EObject target) {
		for (EObject element = target; element != null && !(element instanceof PlatformCase)
				&& !(element instanceof Study); element = element.eContainer()) {
			EObject current = element;
			List<DiagramNode> nodes = diagram.nodes().stream().filter(n -> n.element() == current).toList();
			if (!nodes.isEmpty()) {
				return nodes;
			}
		}
		return List.of();
	}
}
