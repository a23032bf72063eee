/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.build;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cogov.diagram.model.ArrowEnds;
import org.cogov.diagram.model.Channel;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramGroup;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.model.DiagramWords;
import org.cogov.diagram.model.EdgeKind;
import org.cogov.diagram.model.GroupKind;
import org.cogov.diagram.model.LegendEntry;
import org.cogov.diagram.model.NodeKind;
import org.cogov.model.Actor;
import org.cogov.model.BenefitPool;
import org.cogov.model.BenefitShare;
import org.cogov.model.BenefitType;
import org.cogov.model.Enforcement;
import org.cogov.model.Responsibility;
import org.cogov.model.RoleAssignment;
import org.cogov.model.StructurePhase;
import org.eclipse.emf.ecore.EObject;

/**
 * The role structure, read left to right: benefit pools with the actors' shares on the edges, then every actor of
 * the case once, grouped into government, enterprises and other actors, with the roles it holds in the phase,
 * then each responsibility with edges from its accountable and responsible actors.
 */
public final class RoleDiagramBuilder implements DiagramBuilder {

	private static final int WRAP = 34;

	@Override
	public Diagram build(DiagramContext context) {
		Diagram diagram = DiagramTitles.newDiagram(DiagramKind.ROLE, context);
		StructurePhase phase = context.phase();
		Locale locale = context.locale();
		Map<GroupKind, DiagramGroup> groups = new EnumMap<>(GroupKind.class);
		for (Actor actor : context.platformCase().getActors()) {
			DiagramNode node = diagram.add(new DiagramNode(ActorNodes.id(actor), ActorNodes.kind(actor),
					Labels.display(actor), actorLines(actor, phase, locale), actor));
			GroupKind kind = ActorNodes.group(actor);
			groups.computeIfAbsent(kind, k -> diagram.add(new DiagramGroup("group:" + k.name(), k, k.label(locale), null))) //$NON-NLS-1$
					.add(node);
			diagram.legend().add(LegendEntry.node(node.kind(), node.kind().label(locale)));
		}
		responsibilities(diagram, phase);
		benefits(diagram, phase);
		diagram.legend().add(LegendEntry.edge(EdgeKind.ACCOUNTABLE, Channel.NONE, context.words("role.legend.accountable"))); //$NON-NLS-1$
		diagram.legend().add(LegendEntry.edge(EdgeKind.RESPONSIBLE, Channel.NONE, EdgeKind.RESPONSIBLE.label(locale)));
		diagram.legend().add(LegendEntry.edge(EdgeKind.BENEFIT, Channel.NONE, context.words("role.legend.benefit"))); //$NON-NLS-1$
		diagram.legend().note(context.words("role.note.roles")); //$NON-NLS-1$
		diagram.legend().note(Labels.join(context.words("responsibilityClarity", //$NON-NLS-1$
				Labels.percent(context.analysis().metrics().responsibilityClarity())), DiagramTitles.type(context)));
		return diagram;
	}

	private static List<String> actorLines(Actor actor, StructurePhase phase, Locale locale) {
		List<String> lines = new ArrayList<>();
		lines.add(ActorNodes.codeAndKind(actor, locale));
		Set<String> roles = new LinkedHashSet<>();
		for (RoleAssignment role : phase.getRoles()) {
			if (role.getActor() == actor && role.getRole() != null) {
				roles.add(Labels.words(role.getRole(), locale));
			}
		}
		if (roles.isEmpty()) {
			lines.add(DiagramWords.get(locale, "role.noRole")); //$NON-NLS-1$
		} else {
			lines.addAll(Labels.wrapList(DiagramWords.get(locale, "roles"), List.copyOf(roles), WRAP, locale)); //$NON-NLS-1$
		}
		return lines;
	}

	private static void responsibilities(Diagram diagram, StructurePhase phase) {
		Locale locale = diagram.locale();
		for (Responsibility responsibility : phase.getResponsibilities()) {
			List<String> lines = new ArrayList<>();
			String enforcement = responsibility.getEnforcement() == null || responsibility.getEnforcement() == Enforcement.UNSET
					? "" : DiagramWords.get(locale, "role.enforcedBy", Labels.words(responsibility.getEnforcement(), locale)); //$NON-NLS-1$ //$NON-NLS-2$
			lines.add(Labels.join(Labels.codeUnlessTitle(responsibility), Labels.words(responsibility.getCategory(), locale)));
			if (!enforcement.isEmpty()) {
				lines.add(enforcement);
			}
			if (responsibility.getAccountable().size() != 1) {
				lines.add(responsibility.getAccountable().isEmpty() ? DiagramWords.get(locale, "role.noAccountable") //$NON-NLS-1$
						: DiagramWords.get(locale, "role.accountableCount", responsibility.getAccountable().size())); //$NON-NLS-1$
			}
			DiagramNode node = diagram.add(new DiagramNode("responsibility:" + Labels.code(responsibility), //$NON-NLS-1$
					NodeKind.RESPONSIBILITY, Labels.display(responsibility), lines, responsibility));
			diagram.legend().add(LegendEntry.node(NodeKind.RESPONSIBILITY, NodeKind.RESPONSIBILITY.label(locale)));
			int index = 0;
			for (Actor actor : responsibility.getAccountable()) {
				edge(diagram, actor, node, EdgeKind.ACCOUNTABLE, null, responsibility, index++);
			}
			for (Actor actor : responsibility.getResponsible()) {
				if (!responsibility.getAccountable().contains(actor)) {
					edge(diagram, actor, node, EdgeKind.RESPONSIBLE, null, responsibility, index++);
				}
			}
		}
	}

	private static void benefits(Diagram diagram, StructurePhase phase) {
		Locale locale = diagram.locale();
		for (BenefitPool pool : phase.getBenefitPools()) {
			Set<BenefitType> types = new LinkedHashSet<>();
			pool.getShares().forEach(share -> types.add(share.getType()));
			List<String> lines = new ArrayList<>();
			lines.add(Labels.join(Labels.codeUnlessTitle(pool), NodeKind.BENEFIT_POOL.label(locale)));
			lines.addAll(Labels.wrapList("", types.stream().map(t -> Labels.words(t, locale)).toList(), WRAP, locale)); //$NON-NLS-1$
			DiagramNode node = diagram.add(new DiagramNode("pool:" + Labels.code(pool), NodeKind.BENEFIT_POOL, //$NON-NLS-1$
					Labels.display(pool), lines, pool));
			diagram.legend().add(LegendEntry.node(NodeKind.BENEFIT_POOL, NodeKind.BENEFIT_POOL.label(locale)));
			int index = 0;
			for (BenefitShare share : pool.getShares()) {
				String label = types.size() > 1 ? Labels.percent(share.getShare()) + " " + Labels.words(share.getType(), locale) //$NON-NLS-1$
						: Labels.percent(share.getShare());
				edge(diagram, share.getActor(), node, EdgeKind.BENEFIT, label, share, index++);
			}
		}
	}

	/**
	 * An edge between an actor of the case and a node: from the actor to a responsibility, from a benefit pool to
	 * the actor it pays. Actors outside the case are left out (a rule flags them).
	 */
	private static void edge(Diagram diagram, Actor actor, DiagramNode other, EdgeKind kind, String label,
			EObject element, int index) {
		DiagramNode node = actor == null ? null : diagram.node(ActorNodes.id(actor));
		if (node == null || node.element() != actor) {
			return;
		}
		boolean paid = kind == EdgeKind.BENEFIT;
		DiagramNode source = paid ? other : node;
		DiagramNode target = paid ? node : other;
		diagram.add(new DiagramEdge(other.id() + "#" + index, source, target, kind, Channel.NONE, ArrowEnds.TARGET, label, element)); //$NON-NLS-1$
	}
}
