/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.cogov.diagram.GovernanceDiagrams;
import org.cogov.diagram.build.SyntheticNetworks;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.render.DiagramExport;
import org.cogov.diagram.render.SvgRenderer;
import org.cogov.diagram.tests.fixture.IllustrativeCases;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Export writes SVG or PNG by extension, atomically, leaving no temporary files. */
public class DiagramExportTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	@Test
	public void writesSvgAndPngByExtension() throws Exception {
		Diagram diagram = GovernanceDiagrams.build(DiagramKind.DECISION, IllustrativeCases.countyD(), null, null);
		Path dir = folder.getRoot().toPath();
		Path svg = dir.resolve("decision.SVG"); //$NON-NLS-1$
		Path png = dir.resolve("sub/decision.png"); //$NON-NLS-1$
		DiagramExport.write(diagram, svg);
		DiagramExport.write(diagram, png);
		assertEquals(SvgRenderer.render(diagram), Files.readString(svg, StandardCharsets.UTF_8));
		byte[] bytes = Files.readAllBytes(png);
		assertEquals((byte) 0x89, bytes[0]);
		assertEquals('P', bytes[1]);
		DiagramExport.write(diagram, svg); // replaces
		try (Stream<Path> files = Files.walk(dir)) {
			List<String> names = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
			assertEquals("no temporary files left", List.of("decision.SVG", "decision.png"), names); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	public void laysOutADiagramThatWasNotLaidOut() throws IOException {
		Diagram network = SyntheticNetworks.collaborationLike(12, 1);
		Path svg = folder.getRoot().toPath().resolve("n.svg"); //$NON-NLS-1$
		DiagramExport.write(network, svg);
		assertTrue(network.isLaidOut());
		assertTrue(Files.size(svg) > 1000);
	}

	@Test(expected = IllegalArgumentException.class)
	public void refusesOtherExtensions() throws IOException {
		DiagramExport.write(SyntheticNetworks.collaborationLike(3, 1), folder.getRoot().toPath().resolve("n.pdf")); //$NON-NLS-1$
	}
}
