/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.services;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.fail;

import org.cogov.design.tests.EnterpriseLedCounty;
import org.cogov.design.tests.FakeViews;
import org.cogov.model.LinkKind;
import org.cogov.model.RightKind;
import org.cogov.model.RoleKind;
import org.eclipse.emf.ecore.EObject;
import org.junit.Test;

public class EditServicesTest {

	private final EnterpriseLedCounty county = new EnterpriseLedCounty();
	private final EditServices services = new EditServices();

	@Test
	public void freshNamesAreUnusedAmongTheSiblings() {
		assertEquals("Department1", services.freshName(county.model.platformCase(), "Department")); //$NON-NLS-1$ //$NON-NLS-2$
		county.humanResources.setName("Department1"); //$NON-NLS-1$
		county.police.setName("Department3"); //$NON-NLS-1$
		assertEquals("Department2", services.freshName(county.model.platformCase(), "Department")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("P2", services.freshName(county.model.platformCase(), "P")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("Body1", services.freshName(null, "Body")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	public void enumLiteralsAreTheGeneratedInstances() {
		assertSame(RightKind.VETO, services.enumLiteral(county.phase, "RightKind", "VETO")); //$NON-NLS-1$ //$NON-NLS-2$
		assertSame(RoleKind.DATA_STEWARD, services.enumLiteral(null, "RoleKind", "DATA_STEWARD")); //$NON-NLS-1$ //$NON-NLS-2$
		assertSame(LinkKind.SECONDMENT, services.enumLiteral(null, "LinkKind", "SECONDMENT")); //$NON-NLS-1$ //$NON-NLS-2$
		for (String[] wrong : new String[][] { { "RightKnd", "FINAL" }, { "RightKind", "FINALE" }, { "Actor", "X" } }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			try {
				services.enumLiteral(null, wrong[0], wrong[1]);
				fail(wrong[0] + "::" + wrong[1]); //$NON-NLS-1$
			} catch (IllegalArgumentException expected) {
				// a tool naming a wrong literal must fail loudly rather than set nothing
			}
		}
	}

	@Test
	public void thePhaseOfAViewIsTheDiagramsPhase() {
		FakeViews views = new FakeViews(county.phase);
		EObject actorView = views.node(county.firm);
		assertSame("actors live in the case, the phase comes from the diagram", county.phase, services.phaseOf(actorView)); //$NON-NLS-1$
		assertSame(county.phase, services.phaseOf(views.diagram()));
		assertSame(county.phase, services.phaseOf(county.sharingRules.getRights().get(0)));
		assertNull(services.phaseOf(new FakeViews(county.model.platformCase()).node(county.firm)));
		assertNull(services.phaseOf(county.firm));
	}

	@Test
	public void edgeEndsAreTheElementsOfTheConnectedNodes() {
		FakeViews views = new FakeViews(county.phase);
		EObject responsibility = views.node(county.operations);
		EObject firm = views.node(county.firm);
		EObject accountable = views.edge(responsibility, firm);
		assertSame(county.operations, services.edgeSourceElement(accountable));
		assertSame(county.firm, services.edgeTargetElement(accountable));
		assertNull("a node has no ends", services.edgeSourceElement(firm)); //$NON-NLS-1$
		assertNull(services.edgeTargetElement(null));
	}
}
