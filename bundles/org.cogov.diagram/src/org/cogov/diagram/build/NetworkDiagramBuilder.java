/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cogov.analysis.metrics.CollaborationMetrics;
import org.cogov.analysis.metrics.CollaborationNetwork;
import org.cogov.analysis.metrics.CollaborationNetwork.Dyad;
import org.cogov.diagram.model.ArrowEnds;
import org.cogov.diagram.model.Channel;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.model.EdgeKind;
import org.cogov.diagram.model.LegendEntry;
import org.cogov.diagram.model.NodeFlag;
import org.cogov.diagram.model.NodeKind;
import org.cogov.model.CollaborationLink;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.LinkDirection;
import org.cogov.model.Mediation;

/**
 * The collaboration network of a phase: every department of the case once (the data authority emphasised,
 * isolates with a dashed border), one edge per link counted in the phase (line style by kind, arrowheads by
 * direction, blue when mediated by the platform, orange when direct), and the case's collaboration metrics from
 * {@code org.cogov.analysis} in the legend.
 */
public final class NetworkDiagramBuilder implements DiagramBuilder {

	@Override
	public Diagram build(DiagramContext context) {
		Diagram diagram = DiagramTitles.newDiagram(DiagramKind.NETWORK, context);
		CollaborationNetwork network = context.analysis().network();
		Locale locale = context.locale();
		for (GovernmentDepartment department : network.departments()) {
			int degree = network.degree(department);
			List<String> lines = new ArrayList<>();
			lines.add(ActorNodes.codeAndKind(department, locale));
			lines.add(degree == 0 ? context.words("network.isolated") : context.words("network.partners", String.valueOf(degree))); //$NON-NLS-1$ //$NON-NLS-2$
			DiagramNode node = diagram.add(new DiagramNode(ActorNodes.id(department), ActorNodes.kind(department),
					Labels.display(department), lines, department));
			diagram.legend().add(LegendEntry.node(node.kind(), node.kind().label(locale)));
			if (degree == 0) {
				node.flag(NodeFlag.ISOLATE);
			}
		}
		if (!network.isolates().isEmpty()) {
			diagram.legend().add(LegendEntry.node(NodeKind.DEPARTMENT, NodeFlag.ISOLATE, context.words("network.legend.isolated"))); //$NON-NLS-1$
		}
		int index = 0;
		for (Dyad dyad : network.dyads()) {
			for (CollaborationLink link : dyad.links()) {
				DiagramNode from = diagram.node(ActorNodes.id(link.getFrom()));
				DiagramNode to = diagram.node(ActorNodes.id(link.getTo()));
				EdgeKind kind = EdgeKind.of(link.getKind());
				Channel channel = link.getMediation() == Mediation.DIRECT ? Channel.DIRECT : Channel.PLATFORM;
				ArrowEnds ends = link.getDirection() == LinkDirection.MUTUAL ? ArrowEnds.BOTH : ArrowEnds.TARGET;
				diagram.add(new DiagramEdge("link:" + index++ + ":" + Labels.code(link), from, to, kind, channel, ends, //$NON-NLS-1$ //$NON-NLS-2$
						null, link));
				diagram.legend().add(LegendEntry.edge(kind, channel,
						context.words("network.legend.link", kind.label(locale), channel.label(locale)))); //$NON-NLS-1$
			}
		}
		legend(diagram, context);
		return diagram;
	}

	private static void legend(Diagram diagram, DiagramContext context) {
		CollaborationMetrics m = context.analysis().metrics();
		CollaborationNetwork network = context.analysis().network();
		diagram.legend().note(context.words("network.note.arrows")); //$NON-NLS-1$
		diagram.legend().note(context.words("network.note.idci", Labels.number(m.idci()), Labels.number(m.density()), //$NON-NLS-1$
				Labels.number(m.reach()), Labels.number(1 - m.isolateShare()), Labels.number(m.reciprocity()), Labels.number(m.dii())));
		diagram.legend().note(Labels.join(
				context.words("network.note.size", String.valueOf(m.departments()), String.valueOf(m.ties())), //$NON-NLS-1$
				context.words("network.centralisation", Labels.number(m.centralisation())), //$NON-NLS-1$
				context.words("network.lateral", Labels.number(m.lateralShare())), //$NON-NLS-1$
				context.words("network.multiplexity", Labels.number(m.multiplexity())), //$NON-NLS-1$
				context.words("responsibilityClarity", Labels.number(m.responsibilityClarity())))); //$NON-NLS-1$
		List<String> isolates = network.isolates().stream().map(Labels::code).toList();
		diagram.legend().note(isolates.isEmpty() ? context.words("network.isolates.none") //$NON-NLS-1$
				: context.words("network.isolates", Labels.list(isolates, context.locale()))); //$NON-NLS-1$
	}
}
