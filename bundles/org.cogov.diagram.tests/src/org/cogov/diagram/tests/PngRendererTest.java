/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;

import org.cogov.diagram.GovernanceDiagrams;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.render.PngRenderer;
import org.cogov.diagram.tests.fixture.IllustrativeCases;
import org.junit.Test;

/** The PNG renderer draws a non-blank picture whose size follows the layout. */
public class PngRendererTest {

	@Test
	public void nonBlankAndSizedByTheLayout() {
		for (DiagramKind kind : DiagramKind.values()) {
			Diagram diagram = GovernanceDiagrams.build(kind, IllustrativeCases.districtB(), null, null);
			BufferedImage image = Pixels.read(PngRenderer.render(diagram));
			assertEquals(kind + ": width", (int) Math.ceil(diagram.width()), image.getWidth());
			assertEquals(kind + ": height", (int) Math.ceil(diagram.height()), image.getHeight());
			long inked = Pixels.inked(image);
			assertTrue(kind + ": blank (" + inked + ")", inked > image.getWidth() * image.getHeight() / 100);
			assertTrue(kind + ": A4-readable width", image.getWidth() >= 700 && image.getWidth() <= 1300);
		}
	}

	@Test
	public void scaleMultipliesTheSize() {
		Diagram diagram = GovernanceDiagrams.build(DiagramKind.NETWORK, IllustrativeCases.countyD(), null, null);
		BufferedImage image = Pixels.read(PngRenderer.render(diagram, 2));
		assertEquals((int) Math.ceil(diagram.width() * 2), image.getWidth());
		assertEquals((int) Math.ceil(diagram.height() * 2), image.getHeight());
	}

	@Test(expected = IllegalStateException.class)
	public void refusesADiagramNotLaidOut() {
		PngRenderer.render(new Diagram(DiagramKind.ROLE, "empty", "")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
