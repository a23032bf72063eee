/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cogov.analysis.shares.DecisionShares;
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
import org.cogov.model.Actor;
import org.cogov.model.DecisionBody;
import org.cogov.model.DecisionHolder;
import org.cogov.model.DecisionItem;
import org.cogov.model.DecisionRight;
import org.cogov.model.Membership;
import org.cogov.model.StructurePhase;

/**
 * The decision structure: actors with their decision share (e.g. "DA · share 13%"), decision bodies with chair,
 * members (voting or not) and rule, decision items ordered by domain, and every right from an actor or body to an
 * item. Actors without a seat, a right or a share are left out and named in the legend.
 */
public final class DecisionDiagramBuilder implements DiagramBuilder {

	@Override
	public Diagram build(DiagramContext context) {
		Diagram diagram = DiagramTitles.newDiagram(DiagramKind.DECISION, context);
		StructurePhase phase = context.phase();
		Locale locale = context.locale();
		DecisionShares shares = context.analysis().shares();
		Set<Actor> involved = involved(phase, shares);
		List<String> absent = new ArrayList<>();
		for (Actor actor : context.platformCase().getActors()) {
			if (!involved.contains(actor)) {
				absent.add(Labels.code(actor));
				continue;
			}
			DiagramNode node = diagram.add(new DiagramNode(ActorNodes.id(actor), ActorNodes.kind(actor),
					Labels.display(actor), List.of(ActorNodes.codeAndKind(actor, locale),
							context.words("decision.share", Labels.percent(shares.share(actor)))), actor)); //$NON-NLS-1$
			if (actor == shares.lead()) {
				node.flag(NodeFlag.LEAD);
			}
			diagram.legend().add(LegendEntry.node(node.kind(), node.kind().label(locale)));
		}
		for (DecisionBody body : phase.getBodies()) {
			body(diagram, body, shares);
		}
		List<DecisionItem> items = new ArrayList<>(phase.getDecisions());
		items.sort(Comparator.comparing(item -> item.getDomain() == null ? Integer.MAX_VALUE : item.getDomain().getValue()));
		for (DecisionItem item : items) {
			item(diagram, item, context);
		}
		legend(diagram, context, absent);
		return diagram;
	}

	private static Set<Actor> involved(StructurePhase phase, DecisionShares shares) {
		Set<Actor> actors = new LinkedHashSet<>(shares.shares().keySet());
		for (DecisionBody body : phase.getBodies()) {
			if (body.getChair() != null) {
				actors.add(body.getChair());
			}
			body.getMembers().forEach(m -> actors.add(m.getActor()));
		}
		for (DecisionItem item : phase.getDecisions()) {
			for (DecisionRight right : item.getRights()) {
				if (right.getHolder() instanceof Actor actor) {
					actors.add(actor);
				}
			}
		}
		return actors;
	}

	private static void body(Diagram diagram, DecisionBody body, DecisionShares shares) {
		Locale locale = diagram.locale();
		long voting = body.getMembers().stream().filter(Membership::isVoting).count();
		List<String> lines = new ArrayList<>();
		lines.add(Labels.join(Labels.codeUnlessTitle(body), Labels.words(body.getKind(), locale)));
		lines.add(Labels.join(DiagramWords.get(locale, "decision.rule", Labels.words(body.getRule(), locale)), //$NON-NLS-1$
				DiagramWords.get(locale, "decision.meetings", String.valueOf(body.getMeetingsPerYear())))); //$NON-NLS-1$
		lines.add(Labels.join(DiagramWords.get(locale, "decision.chair", Labels.code(body.getChair())), //$NON-NLS-1$
				DiagramWords.get(locale, "decision.members", String.valueOf(body.getMembers().size()), String.valueOf(voting)))); //$NON-NLS-1$
		Double held = shares.bodyShares().get(body);
		if (held != null) {
			lines.add(DiagramWords.get(locale, "decision.holds", Labels.percent(held))); //$NON-NLS-1$
		}
		DiagramNode node = diagram.add(new DiagramNode("body:" + Labels.code(body), NodeKind.DECISION_BODY, //$NON-NLS-1$
				Labels.display(body), lines, body));
		diagram.legend().add(LegendEntry.node(NodeKind.DECISION_BODY, NodeKind.DECISION_BODY.label(locale)));
		int index = 0;
		Actor chair = body.getChair();
		if (chair != null && diagram.node(ActorNodes.id(chair)) != null) {
			Membership seat = body.getMembers().stream().filter(m -> m.getActor() == chair).findFirst().orElse(null);
			diagram.add(new DiagramEdge(node.id() + "#" + index++, diagram.node(ActorNodes.id(chair)), node, //$NON-NLS-1$
					EdgeKind.CHAIR, Channel.NONE, ArrowEnds.TARGET, DiagramWords.get(locale, "decision.chairEdge"), //$NON-NLS-1$
					seat != null ? seat : body));
			diagram.legend().add(LegendEntry.edge(EdgeKind.CHAIR, Channel.NONE, DiagramWords.get(locale, "decision.legend.chair"))); //$NON-NLS-1$
		}
		for (Membership member : body.getMembers()) {
			DiagramNode actor = member.getActor() == null ? null : diagram.node(ActorNodes.id(member.getActor()));
			if (actor == null || member.getActor() == chair) {
				continue;
			}
			EdgeKind kind = member.isVoting() ? EdgeKind.VOTING_MEMBER : EdgeKind.NON_VOTING_MEMBER;
			String weight = member.isVoting() && hasUnequalWeights(body) //
					? DiagramWords.get(locale, "weight", Labels.number(member.getWeight())) : null; //$NON-NLS-1$
			diagram.add(new DiagramEdge(node.id() + "#" + index++, actor, node, kind, Channel.NONE, ArrowEnds.TARGET, //$NON-NLS-1$
					weight, member));
			diagram.legend().add(LegendEntry.edge(kind, Channel.NONE, kind.label(locale)));
		}
	}

	private static boolean hasUnequalWeights(DecisionBody body) {
		return body.getMembers().stream().filter(Membership::isVoting).mapToDouble(Membership::getWeight).distinct().count() > 1;
	}

	private static void item(Diagram diagram, DecisionItem item, DiagramContext context) {
		Locale locale = context.locale();
		double weight = context.parameters().weightOf(item);
		List<String> lines = List.of(Labels.join(Labels.codeUnlessTitle(item), Labels.words(item.getDomain(), locale)),
				context.words("weight", weight == Math.rint(weight) ? String.valueOf((long) weight) : Labels.number(weight))); //$NON-NLS-1$
		DiagramNode node = diagram.add(new DiagramNode("item:" + Labels.code(item), NodeKind.DECISION_ITEM, //$NON-NLS-1$
				Labels.display(item), lines, item));
		diagram.legend().add(LegendEntry.node(NodeKind.DECISION_ITEM, NodeKind.DECISION_ITEM.label(locale)));
		int index = 0;
		for (DecisionRight right : item.getRights()) {
			DiagramNode holder = holderNode(diagram, right.getHolder());
			if (holder == null || right.getKind() == null) {
				continue;
			}
			EdgeKind kind = EdgeKind.of(right.getKind());
			diagram.add(new DiagramEdge(node.id() + "#" + index++, holder, node, kind, Channel.NONE, ArrowEnds.TARGET, //$NON-NLS-1$
					kind.label(locale), right));
			diagram.legend().add(LegendEntry.edge(kind, Channel.NONE, context.words("decision.legend.right", kind.label(locale)))); //$NON-NLS-1$
		}
	}

	private static DiagramNode holderNode(Diagram diagram, DecisionHolder holder) {
		if (holder instanceof Actor actor) {
			return diagram.node(ActorNodes.id(actor));
		}
		if (holder instanceof DecisionBody body) {
			DiagramNode node = diagram.node("body:" + Labels.code(body)); //$NON-NLS-1$
			return node != null && node.element() == body ? node : null;
		}
		return null;
	}

	private static void legend(Diagram diagram, DiagramContext context, List<String> absent) {
		DecisionShares shares = context.analysis().shares();
		if (shares.lead() != null) {
			diagram.legend().add(LegendEntry.node(ActorNodes.kind(shares.lead()), NodeFlag.LEAD,
					context.words("decision.legend.lead"))); //$NON-NLS-1$
		}
		diagram.legend().note(context.words("decision.note.share")); //$NON-NLS-1$
		diagram.legend().note(Labels.join(DiagramTitles.shares(shares, context.locale()), shares.unallocatedShare() > 0
				? context.words("decision.unallocated", Labels.percent(shares.unallocatedShare())) : "")); //$NON-NLS-1$ //$NON-NLS-2$
		diagram.legend().note(DiagramTitles.type(context));
		if (!absent.isEmpty()) {
			diagram.legend().note(context.words("decision.notShown", Labels.list(absent, context.locale()))); //$NON-NLS-1$
		}
	}
}
