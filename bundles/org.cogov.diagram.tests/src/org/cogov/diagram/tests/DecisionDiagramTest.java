/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.cogov.analysis.shares.DecisionShares;
import org.cogov.diagram.build.Labels;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.model.EdgeKind;
import org.cogov.diagram.model.NodeFlag;
import org.cogov.diagram.tests.Cases.Drawn;
import org.cogov.model.Actor;
import org.cogov.model.DecisionBody;
import org.cogov.model.DecisionItem;
import org.cogov.model.DecisionRight;
import org.cogov.model.Membership;
import org.junit.Test;

/** The decision diagram shows bodies, items and rights once each, and every actor's decision share. */
public class DecisionDiagramTest {

	@Test
	public void everyItemBodyAndRightOnce() {
		for (Drawn drawn : Cases.all(DiagramKind.DECISION)) {
			for (DecisionItem item : drawn.phase().getDecisions()) {
				assertEquals(drawn + ": " + item.getName(), 1, Geometry.nodesShowing(drawn.diagram(), item));
				for (DecisionRight right : item.getRights()) {
					assertEquals(drawn + ": right on " + item.getName(), 1, Geometry.edgesShowing(drawn.diagram(), right));
					DiagramEdge edge = drawn.diagram().edges().stream().filter(e -> e.element() == right).findFirst().orElseThrow();
					assertEquals(EdgeKind.of(right.getKind()), edge.kind());
					assertEquals(right.getHolder(), edge.source().element());
				}
			}
			for (DecisionBody body : drawn.phase().getBodies()) {
				assertEquals(drawn + ": " + body.getName(), 1, Geometry.nodesShowing(drawn.diagram(), body));
			}
		}
	}

	@Test
	public void membersAndChairsAreLinkedToTheirBodies() {
		for (Drawn drawn : Cases.all(DiagramKind.DECISION)) {
			for (DecisionBody body : drawn.phase().getBodies()) {
				DiagramNode node = drawn.diagram().nodeOf(body);
				for (Membership member : body.getMembers()) {
					EdgeKind expected = member.getActor() == body.getChair() ? EdgeKind.CHAIR
							: member.isVoting() ? EdgeKind.VOTING_MEMBER : EdgeKind.NON_VOTING_MEMBER;
					long edges = drawn.diagram().edges().stream().filter(e -> e.target() == node && e.kind() == expected
							&& e.source().element() == member.getActor()).count();
					assertEquals(drawn + ": " + member.getActor().getName() + " in " + body.getName(), 1, edges);
				}
			}
		}
	}

	@Test
	public void everyActorShowsItsComputedShare() {
		for (Drawn drawn : Cases.all(DiagramKind.DECISION)) {
			DecisionShares shares = drawn.analysis().shares();
			for (Actor actor : shares.shares().keySet()) {
				DiagramNode node = drawn.diagram().nodeOf(actor);
				assertTrue(drawn + ": " + actor.getName() + " " + node.lines(),
						node.lines().contains("decision share " + Labels.percent(shares.share(actor)))); //$NON-NLS-1$
			}
			assertTrue(drawn + ": lead flagged", drawn.diagram().nodeOf(shares.lead()).flags().contains(NodeFlag.LEAD));
		}
	}

	@Test
	public void itemsTakeTheLastColumnAndActorsTheFirst() {
		for (Drawn drawn : Cases.all(DiagramKind.DECISION)) {
			double itemsLeft = drawn.diagram().nodes().stream().filter(n -> n.element() instanceof DecisionItem)
					.mapToDouble(n -> n.bounds().x()).min().orElseThrow();
			double othersRight = drawn.diagram().nodes().stream().filter(n -> !(n.element() instanceof DecisionItem))
					.mapToDouble(n -> n.bounds().right()).max().orElseThrow();
			assertTrue(drawn + ": items right of everything else", itemsLeft > othersRight);
		}
	}

	@Test
	public void geometry() {
		for (Drawn drawn : Cases.all(DiagramKind.DECISION)) {
			Geometry.assertWellLaidOut(drawn.diagram());
		}
	}
}
