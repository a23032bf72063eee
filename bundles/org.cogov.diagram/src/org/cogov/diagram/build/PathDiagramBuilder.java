/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cogov.analysis.Period;
import org.cogov.analysis.metrics.CollaborationMetrics;
import org.cogov.diagram.model.ArrowEnds;
import org.cogov.diagram.model.Channel;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.model.DiagramWords;
import org.cogov.diagram.model.EdgeKind;
import org.cogov.diagram.model.LegendEntry;
import org.cogov.diagram.model.NodeFlag;
import org.cogov.diagram.model.NodeKind;
import org.cogov.model.Difficulty;
import org.cogov.model.DifficultyKind;
import org.cogov.model.Factor;
import org.cogov.model.FactorDirection;
import org.cogov.model.FactorEffect;
import org.cogov.model.Mechanism;
import org.cogov.model.Outcome;
import org.cogov.model.PlatformCase;
import org.cogov.model.Rating;
import org.cogov.model.Strength;
import org.cogov.model.StructurePhase;
import org.cogov.model.StructureType;
import org.eclipse.emf.ecore.EObject;

/**
 * The path model of a phase, after the thesis: factors (T / O / I-E, coloured by dimension) -> the governance
 * structure with its computed type -> mechanisms -> inter-departmental collaboration (IDCI) -> outcomes, and
 * mechanisms -> the difficulties they address. Evidence-bearing edges carry their evidence count and strongest process-tracing test.
 */
public final class PathDiagramBuilder implements DiagramBuilder {

	private static final int WRAP = 30;

	@Override
	public Diagram build(DiagramContext context) {
		Diagram diagram = DiagramTitles.newDiagram(DiagramKind.PATH, context);
		PlatformCase platformCase = context.platformCase();
		StructurePhase phase = context.phase();
		DiagramNode structure = structure(diagram, context);
		factors(diagram, platformCase, phase, structure);
		DiagramNode collaboration = collaboration(diagram, context);
		List<Mechanism> shown = new ArrayList<>();
		List<String> elsewhere = new ArrayList<>();
		for (Mechanism mechanism : platformCase.getMechanisms()) {
			if (mechanism.getPhase() == null || mechanism.getPhase() == phase) {
				shown.add(mechanism);
				mechanism(diagram, mechanism, structure, collaboration);
			} else {
				elsewhere.add(Labels.code(mechanism));
			}
		}
		difficulties(diagram, platformCase, shown);
		outcomes(diagram, platformCase, phase, collaboration, elsewhere);
		legend(diagram, context, elsewhere);
		return diagram;
	}

	private static DiagramNode structure(Diagram diagram, DiagramContext context) {
		Locale locale = context.locale();
		List<String> lines = new ArrayList<>();
		lines.add(context.words("path.structure", Labels.code(context.phase()))); //$NON-NLS-1$
		lines.add(DiagramTitles.shares(context.analysis().shares(), locale));
		StructureType declared = context.phase().getDeclaredType();
		if (declared != null && declared != StructureType.UNSET && declared != context.analysis().classification().type()) {
			lines.add(context.words("path.declared", DiagramTitles.typeWords(declared, locale))); //$NON-NLS-1$
		}
		String title = context.words("path.computed", DiagramTitles.typeWords(context.analysis().classification().type(), locale)); //$NON-NLS-1$
		DiagramNode node = diagram.add(new DiagramNode("structure:" + Labels.code(context.phase()), NodeKind.STRUCTURE, //$NON-NLS-1$
				title, lines, context.phase()));
		diagram.legend().add(LegendEntry.node(NodeKind.STRUCTURE, context.words("path.legend.structure"))); //$NON-NLS-1$
		return node;
	}

	/** Factors ordered T, O, I-E (model order within a dimension), each with one edge per effect in the phase. */
	private static void factors(Diagram diagram, PlatformCase platformCase, StructurePhase phase, DiagramNode structure) {
		Locale locale = diagram.locale();
		List<Factor> factors = new ArrayList<>(platformCase.getFactors());
		factors.sort(Comparator.comparingInt(f -> factorKind(f).ordinal()));
		for (Factor factor : factors) {
			NodeKind kind = factorKind(factor);
			List<String> lines = new ArrayList<>();
			lines.add(Labels.join(Labels.codeUnlessTitle(factor),
					factor.getStrength() == null ? "" : Labels.words(factor.getStrength(), locale), //$NON-NLS-1$
					factor.getDirection() == null ? "" : Labels.words(factor.getDirection(), locale), //$NON-NLS-1$
					factor.isSetScore() ? DiagramWords.get(locale, "path.score", Labels.number(factor.getScore())) : "")); //$NON-NLS-1$ //$NON-NLS-2$
			List<FactorEffect> effects = factor.getEffects().stream().filter(e -> e.getPhase() == null || e.getPhase() == phase).toList();
			if (effects.isEmpty()) {
				lines.add(DiagramWords.get(locale, "path.noEffect")); //$NON-NLS-1$
			}
			DiagramNode node = diagram.add(
					new DiagramNode("factor:" + Labels.code(factor), kind, Labels.display(factor), lines, factor)); //$NON-NLS-1$
			if (factor.getDirection() == FactorDirection.CONSTRAINING) {
				node.flag(NodeFlag.NEGATIVE);
			}
			diagram.legend().add(LegendEntry.node(kind, kind.label(locale)));
			EdgeKind edgeKind = factor.getDirection() == FactorDirection.CONSTRAINING ? EdgeKind.CONSTRAINS : EdgeKind.ENABLES;
			int index = 0;
			for (FactorEffect effect : effects) {
				String label = Labels.join(effect.getAspect() == null ? "" : Labels.words(effect.getAspect(), locale), //$NON-NLS-1$
						EvidenceSummary.of(effect.getEvidence()).label(locale));
				edge(diagram, node.id() + "#" + index++, node, structure, edgeKind, label, effect); //$NON-NLS-1$
			}
		}
	}

	private static NodeKind factorKind(Factor factor) {
		if (factor.getDimension() == null) {
			return NodeKind.FACTOR_INSTITUTIONAL;
		}
		return switch (factor.getDimension()) {
		case TECHNOLOGICAL -> NodeKind.FACTOR_TECHNOLOGICAL;
		case ORGANISATIONAL -> NodeKind.FACTOR_ORGANISATIONAL;
		case INSTITUTIONAL -> NodeKind.FACTOR_INSTITUTIONAL;
		};
	}

	private static DiagramNode collaboration(Diagram diagram, DiagramContext context) {
		CollaborationMetrics m = context.analysis().metrics();
		List<String> lines = List.of(context.words("path.idci", Labels.number(m.idci())), //$NON-NLS-1$
				Labels.join(context.words("path.density", Labels.number(m.density())), //$NON-NLS-1$
						context.words("path.reach", Labels.number(m.reach()))), //$NON-NLS-1$
				Labels.join(context.words("path.reciprocity", Labels.number(m.reciprocity())), //$NON-NLS-1$
						context.words("path.dii", Labels.number(m.dii())))); //$NON-NLS-1$
		DiagramNode node = diagram.add(new DiagramNode("collaboration", NodeKind.COLLABORATION, //$NON-NLS-1$
				context.words("path.collaboration"), lines, null)); //$NON-NLS-1$
		diagram.legend().add(LegendEntry.node(NodeKind.COLLABORATION, context.words("path.legend.collaboration"))); //$NON-NLS-1$
		return node;
	}

	private static void mechanism(Diagram diagram, Mechanism mechanism, DiagramNode structure, DiagramNode collaboration) {
		Locale locale = diagram.locale();
		List<String> lines = new ArrayList<>();
		String kind = mechanism.getKind() == null ? "" : Labels.words(mechanism.getKind(), locale); //$NON-NLS-1$
		lines.add(Labels.join(Labels.codeUnlessTitle(mechanism), kind));
		lines.addAll(Labels.wrapList("", mechanism.getIndicators().stream().map(i -> Labels.words(i, locale)).toList(), WRAP, locale)); //$NON-NLS-1$
		DiagramNode node = diagram.add(new DiagramNode("mechanism:" + Labels.code(mechanism), NodeKind.MECHANISM, //$NON-NLS-1$
				Labels.display(mechanism), lines, mechanism));
		diagram.legend().add(LegendEntry.node(NodeKind.MECHANISM, NodeKind.MECHANISM.label(locale)));
		edge(diagram, node.id() + "#in", structure, node, EdgeKind.WORKS_THROUGH, //$NON-NLS-1$
				EvidenceSummary.of(mechanism.getEvidence()).label(locale), mechanism);
		Strength strength = mechanism.getStrength();
		edge(diagram, node.id() + "#out", node, collaboration, EdgeKind.PROMOTES, //$NON-NLS-1$
				strength == null || strength == Strength.UNSET ? null : Labels.words(strength, locale), mechanism);
	}

	private static void difficulties(Diagram diagram, PlatformCase platformCase, List<Mechanism> mechanisms) {
		Locale locale = diagram.locale();
		Set<DifficultyKind> recorded = EnumSet.noneOf(DifficultyKind.class);
		for (Difficulty difficulty : platformCase.getDifficulties()) {
			recorded.add(difficulty.getKind());
			List<String> lines = new ArrayList<>();
			lines.add(Labels.join(Labels.codeUnlessTitle(difficulty), Labels.words(difficulty.getKind(), locale)));
			lines.add(Labels.join(difficulty.getSeverity() == null || difficulty.getSeverity() == Rating.UNSET ? "" //$NON-NLS-1$
					: DiagramWords.get(locale, "path.severity", Labels.words(difficulty.getSeverity(), locale)), //$NON-NLS-1$
					difficulty.isUnresolved() ? DiagramWords.get(locale, "path.unresolved") : "")); //$NON-NLS-1$ //$NON-NLS-2$
			DiagramNode node = diagram.add(new DiagramNode("difficulty:" + Labels.code(difficulty), NodeKind.DIFFICULTY, //$NON-NLS-1$
					Labels.display(difficulty), lines.stream().filter(l -> !l.isEmpty()).toList(), difficulty));
			if (difficulty.isUnresolved()) {
				node.flag(NodeFlag.NEGATIVE);
			}
			diagram.legend().add(LegendEntry.node(NodeKind.DIFFICULTY, DiagramWords.get(locale, "path.legend.difficulty"))); //$NON-NLS-1$
			String evidence = EvidenceSummary.of(difficulty.getEvidence()).label(locale);
			for (Mechanism mechanism : mechanisms) {
				if (difficulty.getResolvedBy().contains(mechanism) || mechanism.getAddresses().contains(difficulty.getKind())) {
					edge(diagram, node.id() + "#" + Labels.code(mechanism), diagram.node("mechanism:" + Labels.code(mechanism)), //$NON-NLS-1$ //$NON-NLS-2$
							node, EdgeKind.ADDRESSES, evidence, difficulty);
				}
			}
		}
		for (Mechanism mechanism : mechanisms) { // kinds a mechanism addresses that no difficulty records
			for (DifficultyKind kind : mechanism.getAddresses()) {
				if (recorded.contains(kind)) {
					continue;
				}
				String id = "difficulty-kind:" + kind.name(); //$NON-NLS-1$
				DiagramNode node = diagram.node(id);
				if (node == null) {
					node = diagram.add(new DiagramNode(id, NodeKind.DIFFICULTY, Labels.words(kind, locale),
							List.of(DiagramWords.get(locale, "path.implied")), null)).flag(NodeFlag.IMPLIED); //$NON-NLS-1$
					diagram.legend().add(LegendEntry.node(NodeKind.DIFFICULTY, NodeFlag.IMPLIED,
							DiagramWords.get(locale, "path.legend.implied"))); //$NON-NLS-1$
				}
				edge(diagram, id + "#" + Labels.code(mechanism), diagram.node("mechanism:" + Labels.code(mechanism)), node, //$NON-NLS-1$ //$NON-NLS-2$
						EdgeKind.ADDRESSES, DiagramWords.get(locale, "evidence.none"), mechanism); //$NON-NLS-1$
			}
		}
	}

	private static void outcomes(Diagram diagram, PlatformCase platformCase, StructurePhase phase, DiagramNode collaboration,
			List<String> elsewhere) {
		Locale locale = diagram.locale();
		Period period = Period.of(phase);
		for (Outcome outcome : platformCase.getOutcomes()) {
			if (outcome.getDate() != null && !period.overlaps(new Period(outcome.getDate(), outcome.getDate()))) {
				elsewhere.add(Labels.code(outcome));
				continue;
			}
			String value = outcome.getValue() == Math.rint(outcome.getValue()) ? String.valueOf((long) outcome.getValue())
					: Labels.number(outcome.getValue());
			List<String> lines = new ArrayList<>();
			String indicator = outcome.getIndicator() == null ? Labels.code(outcome) : outcome.getIndicator();
			String unit = outcome.getUnit() == null ? "" : " " + outcome.getUnit(); //$NON-NLS-1$ //$NON-NLS-2$
			lines.addAll(Labels.wrapList("", List.of(indicator), WRAP)); //$NON-NLS-1$
			lines.add(Labels.join(value + unit, Labels.day(outcome.getDate(), locale)));
			DiagramNode node = diagram.add(new DiagramNode("outcome:" + Labels.code(outcome), NodeKind.OUTCOME, //$NON-NLS-1$
					Labels.display(outcome), lines, outcome));
			diagram.legend().add(LegendEntry.node(NodeKind.OUTCOME, NodeKind.OUTCOME.label(locale)));
			edge(diagram, node.id() + "#in", collaboration, node, EdgeKind.OBSERVED_AS, //$NON-NLS-1$
					EvidenceSummary.of(outcome.getEvidence()).label(locale), outcome);
		}
	}

	private static void edge(Diagram diagram, String id, DiagramNode source, DiagramNode target, EdgeKind kind, String label,
			EObject element) {
		ArrowEnds ends = ArrowEnds.TARGET;
		diagram.add(new DiagramEdge(id, source, target, kind, Channel.NONE, ends, label, element));
		diagram.legend().add(LegendEntry.edge(kind, Channel.NONE, kind.label(diagram.locale())));
	}

	private static void legend(Diagram diagram, DiagramContext context, List<String> elsewhere) {
		diagram.legend().note(context.words("path.note.evidence")); //$NON-NLS-1$
		diagram.legend().note(context.words("path.note.operationalisation")); //$NON-NLS-1$
		if (!elsewhere.isEmpty()) {
			diagram.legend().note(context.words("path.elsewhere", Labels.list(elsewhere, context.locale()))); //$NON-NLS-1$
		}
	}
}
