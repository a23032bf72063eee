/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import javax.imageio.ImageIO;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** cogov diagram on the example study: every case draws all four kinds, as SVG and PNG; the report embeds them. */
public class DiagramCommandTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	@Test
	public void everyExampleCaseDrawsAllFourKinds() throws Exception {
		for (String caseName : new String[] { "CountyA", "DistrictB", "CountyC", "CountyD" }) {
			for (String kind : new String[] { "role", "decision", "network", "path" }) {
				File svg = new File(folder.getRoot(), caseName + "-" + kind + ".svg");
				CommandRun run = CommandRun.of("diagram", CommandRun.examples(), "--kind", kind, "--case", caseName, "-o", svg.getPath());
				assertEquals(run.toString(), 0, run.code);
				String text = Files.readString(svg.toPath(), StandardCharsets.UTF_8);
				assertTrue(caseName + " " + kind, text.contains("<svg") && text.contains("</svg>"));
			}
		}
		String network = Files.readString(new File(folder.getRoot(), "CountyA-network.svg").toPath(), StandardCharsets.UTF_8);
		assertTrue("Chinese labels are kept", network.contains("大数据局"));
	}

	@Test
	public void pngOfAnEarlierPhase() throws Exception {
		File png = new File(folder.getRoot(), "a-p1.png");
		CommandRun run = CommandRun.of("diagram", CommandRun.examples(), "--kind", "decision", "--case", "CountyA", "--phase", "P1",
				"-o", png.getPath());
		assertEquals(run.toString(), 0, run.code);
		assertTrue(ImageIO.read(png).getWidth() > 400);
	}

	@Test
	public void clearErrorsForWrongKindCaseAndPhase() {
		File out = new File(folder.getRoot(), "x.svg");
		CommandRun kind = CommandRun.of("diagram", CommandRun.examples(), "--kind", "org", "--case", "CountyA", "-o", out.getPath());
		assertEquals(2, kind.code);
		assertTrue(kind.err, kind.err.contains("expected role, decision, network or path"));
		CommandRun several = CommandRun.of("diagram", CommandRun.examples(), "--kind", "role", "-o", out.getPath());
		assertEquals(2, several.code);
		assertTrue(several.err, several.err.contains("choose one with --case (CountyA, CountyC, CountyD, DistrictB)"));
		CommandRun phase = CommandRun.of("diagram", CommandRun.examples(), "--kind", "role", "--case", "CountyA", "--phase", "P9",
				"-o", out.getPath());
		assertTrue(phase.err, phase.err.contains("has no phase 'P9'; known: P1, P2"));
	}

	@Test
	public void reportEmbedsTheDiagrams() throws Exception {
		File out = new File(folder.getRoot(), "report");
		CommandRun run = CommandRun.of("report", CommandRun.examples(), "-o", out.getPath());
		assertEquals(run.toString(), 0, run.code);
		String html = Files.readString(out.toPath().resolve("report.html"), StandardCharsets.UTF_8);
		int svgs = html.split("<svg", -1).length - 1;
		assertEquals("four diagrams for each of the five phases", 20, svgs);
	}
}
