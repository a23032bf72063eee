/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.cogov.diagram.build.Labels;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.model.EdgeKind;
import org.cogov.diagram.model.GroupKind;
import org.cogov.diagram.tests.Cases.Drawn;
import org.cogov.model.Actor;
import org.cogov.model.BenefitPool;
import org.cogov.model.BenefitShare;
import org.cogov.model.Enterprise;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.Responsibility;
import org.cogov.model.RoleAssignment;
import org.junit.Test;

/** The role diagram shows every actor, responsibility and benefit pool once, with their relations. */
public class RoleDiagramTest {

	@Test
	public void everyActorResponsibilityAndPoolOnce() {
		for (Drawn drawn : Cases.all(DiagramKind.ROLE)) {
			for (Actor actor : drawn.platformCase().getActors()) {
				assertEquals(drawn + ": " + actor.getName(), 1, Geometry.nodesShowing(drawn.diagram(), actor));
			}
			for (Responsibility responsibility : drawn.phase().getResponsibilities()) {
				assertEquals(drawn + ": " + responsibility.getName(), 1, Geometry.nodesShowing(drawn.diagram(), responsibility));
			}
			for (BenefitPool pool : drawn.phase().getBenefitPools()) {
				assertEquals(drawn + ": " + pool.getName(), 1, Geometry.nodesShowing(drawn.diagram(), pool));
			}
			int shown = drawn.platformCase().getActors().size() + drawn.phase().getResponsibilities().size()
					+ drawn.phase().getBenefitPools().size();
			assertEquals(drawn + ": no other nodes", shown, drawn.diagram().nodes().size());
		}
	}

	@Test
	public void actorsSitInTheGroupOfTheirKind() {
		for (Drawn drawn : Cases.all(DiagramKind.ROLE)) {
			for (Actor actor : drawn.platformCase().getActors()) {
				GroupKind expected = actor instanceof GovernmentDepartment ? GroupKind.GOVERNMENT
						: actor instanceof Enterprise ? GroupKind.ENTERPRISES : GroupKind.OTHER_ACTORS;
				assertEquals(drawn + ": " + actor.getName(), expected, drawn.diagram().nodeOf(actor).group().kind());
			}
		}
	}

	@Test
	public void rolesAccountabilityAndBenefitSharesAreShown() {
		for (Drawn drawn : Cases.all(DiagramKind.ROLE)) {
			for (RoleAssignment role : drawn.phase().getRoles()) {
				DiagramNode node = drawn.diagram().nodeOf(role.getActor());
				String word = Labels.words(role.getRole());
				assertTrue(drawn + ": " + role.getActor().getName() + " lacks role " + word,
						String.join(" ", node.lines()).replace(",", "").contains(word)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			for (Responsibility responsibility : drawn.phase().getResponsibilities()) {
				long accountable = drawn.diagram().edges().stream()
						.filter(e -> e.element() == responsibility && e.kind() == EdgeKind.ACCOUNTABLE).count();
				assertEquals(drawn + ": " + responsibility.getName(), responsibility.getAccountable().size(), accountable);
			}
			for (BenefitPool pool : drawn.phase().getBenefitPools()) {
				for (BenefitShare share : pool.getShares()) {
					DiagramEdge edge = drawn.diagram().edges().stream().filter(e -> e.element() == share).findFirst().orElseThrow();
					assertEquals(EdgeKind.BENEFIT, edge.kind());
					assertEquals(share.getActor(), edge.target().element());
					assertTrue(edge.label() + " lacks the share", edge.label().startsWith(Math.round(share.getShare() * 100) + "%")); //$NON-NLS-1$
				}
			}
		}
	}

	@Test
	public void geometry() {
		for (Drawn drawn : Cases.all(DiagramKind.ROLE)) {
			Geometry.assertWellLaidOut(drawn.diagram());
		}
	}
}
