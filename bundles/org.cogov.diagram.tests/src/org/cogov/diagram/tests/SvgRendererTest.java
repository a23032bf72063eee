/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.cogov.diagram.GovernanceDiagrams;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.render.SvgRenderer;
import org.cogov.diagram.tests.fixture.IllustrativeCases;
import org.cogov.model.PlatformCase;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The SVG is well-formed, escapes model text, is deterministic and renders with an independent renderer. */
public class SvgRendererTest {

	private static final String SVG = "http://www.w3.org/2000/svg"; //$NON-NLS-1$
	private static final String HOSTILE = "<script>alert('x')</script> & 大数据局 \"q\""; //$NON-NLS-1$

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	@Test
	public void wellFormedAndHostileTextStaysText() throws Exception {
		PlatformCase a = IllustrativeCases.countyA();
		a.getActors().get(0).setLabel(HOSTILE);
		a.getActors().get(1).setLabel("control\u0001char"); //$NON-NLS-1$ not allowed in XML 1.0
		String svg = SvgRenderer.render(GovernanceDiagrams.build(DiagramKind.NETWORK, a, null, null));
		assertFalse("raw <script> in the SVG", svg.contains("<script")); //$NON-NLS-1$
		assertTrue(svg.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; 大数据局")); //$NON-NLS-1$
		Document document = parse(svg);
		assertEquals("svg", document.getDocumentElement().getLocalName()); //$NON-NLS-1$
		assertEquals(SVG, document.getDocumentElement().getNamespaceURI());
		NodeList texts = document.getElementsByTagNameNS(SVG, "text"); //$NON-NLS-1$
		boolean drawn = false;
		for (int i = 0; i < texts.getLength(); i++) {
			drawn |= texts.item(i).getTextContent().startsWith("<script>alert('x')</script> &"); //$NON-NLS-1$
		}
		assertTrue("the label is drawn as text", drawn);
		NodeList tooltips = document.getElementsByTagNameNS(SVG, "title"); //$NON-NLS-1$
		boolean described = false;
		for (int i = 0; i < tooltips.getLength(); i++) {
			described |= tooltips.item(i).getTextContent().startsWith(HOSTILE + "\n"); //$NON-NLS-1$
		}
		assertTrue("the whole label is in the tooltip", described);
		assertTrue(svg.contains(">controlchar<")); //$NON-NLS-1$
	}

	@Test
	public void everyKindOfEveryCaseIsWellFormed() throws Exception {
		for (DiagramKind kind : DiagramKind.values()) {
			for (Cases.Drawn drawn : Cases.all(kind)) {
				Document document = parse(SvgRenderer.render(drawn.diagram()));
				assertTrue(drawn + ": no text", document.getElementsByTagNameNS("*", "text").getLength() > 10); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	@Test
	public void sameInputSameSvg() {
		PlatformCase first = IllustrativeCases.countyA();
		PlatformCase second = IllustrativeCases.countyA();
		for (DiagramKind kind : DiagramKind.values()) {
			Diagram one = GovernanceDiagrams.build(kind, first, null, null);
			String svg = SvgRenderer.render(one);
			assertEquals(kind + ": rendering again", svg, SvgRenderer.render(one));
			assertEquals(kind + ": building again", svg, SvgRenderer.render(GovernanceDiagrams.build(kind, second, null, null)));
		}
	}

	@Test
	public void rendersWithRsvgConvert() throws Exception {
		for (DiagramKind kind : DiagramKind.values()) {
			Diagram diagram = GovernanceDiagrams.build(kind, IllustrativeCases.countyC(), null, null);
			Path svg = folder.getRoot().toPath().resolve(kind + ".svg"); //$NON-NLS-1$
			Path png = folder.getRoot().toPath().resolve(kind + ".png"); //$NON-NLS-1$
			Files.writeString(svg, SvgRenderer.render(diagram), StandardCharsets.UTF_8);
			rsvgConvert(svg, png);
			java.awt.image.BufferedImage image = Pixels.read(Files.readAllBytes(png));
			assertEquals(kind + ": width", Math.round(diagram.width()), image.getWidth());
			assertEquals(kind + ": height", Math.round(diagram.height()), image.getHeight());
			long inked = Pixels.inked(image);
			assertTrue(kind + ": blank PNG from rsvg-convert (" + inked + " inked pixels)", inked > image.getWidth() * image.getHeight() / 100);
		}
	}

	private static void rsvgConvert(Path svg, Path png) throws IOException, InterruptedException {
		Process process;
		try {
			process = new ProcessBuilder("rsvg-convert", "--format=png", "--output", png.toString(), svg.toString()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.redirectErrorStream(true).start();
		} catch (IOException e) {
			fail("rsvg-convert is needed to check the SVG with an independent renderer; install the Debian package " //$NON-NLS-1$
					+ "librsvg2-bin (" + e.getMessage() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue("rsvg-convert timed out", process.waitFor(60, TimeUnit.SECONDS));
		assertEquals("rsvg-convert failed: " + output, 0, process.exitValue()); //$NON-NLS-1$
	}

	/** Parses with a builder that refuses DTDs (no external entities, no entity expansion attacks). */
	static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
		factory.setNamespaceAware(true);
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		DocumentBuilder builder = factory.newDocumentBuilder();
		builder.setErrorHandler(null);
		return builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}
}
