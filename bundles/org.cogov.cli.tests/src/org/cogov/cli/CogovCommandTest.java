/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

public class CogovCommandTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	@Test
	public void checkListsFindingsCompilerStyleAndExitsOneOnErrors() {
		CommandRun run = CommandRun.of("check", CommandRun.examples());
		assertEquals(run.toString(), 1, run.code); // County C carries an error on purpose
		assertTrue(run.out, run.out.matches("(?s).*county-c\\.cogov:\\d+:\\d+: error COGOV-E01 Responsibility 'DataSharing'.*"));
		assertTrue(run.out, run.out.contains(": warning COGOV-R03 Governance risk:"));
		assertTrue(run.err, run.err.contains("5 file(s), 4 case(s)"));
	}

	@Test
	public void checkOfACleanFileExitsZero() throws Exception {
		File clean = folder.newFile("clean.cogov");
		Files.writeString(clean.toPath(), "study S\nsources {\n\tinterviewee G01 side government\n\tinterviewee G02 side government\n"
				+ "\tinterviewee E01 side enterprise\n\tinterviewee E02 side enterprise\n}\n");
		CommandRun run = CommandRun.of("check", clean.getPath());
		assertEquals(run.toString(), 0, run.code);
		assertEquals("", run.out);
	}

	@Test
	public void analyzeJsonHasTheDocumentedShape() {
		CommandRun run = CommandRun.of("analyze", CommandRun.examples(), "--format", "json");
		assertEquals(run.toString(), 0, run.code);
		JsonObject root = JsonParser.parseString(run.out).getAsJsonObject();
		JsonArray cases = root.getAsJsonArray("cases");
		assertEquals(4, cases.size());
		Set<String> types = new TreeSet<>();
		for (JsonElement element : cases) {
			JsonObject entry = element.getAsJsonObject();
			types.add(entry.get("case").getAsString() + "=" + entry.get("type").getAsString());
			JsonObject features = entry.getAsJsonObject("features");
			for (String key : new String[] { "G", "E", "smax", "lead", "hhi", "nDec" }) {
				assertTrue(key + " missing", features.has(key));
			}
			JsonObject metrics = entry.getAsJsonObject("metrics");
			for (String key : new String[] { "density", "centralisation", "reach", "isolateShare", "reciprocity", "lateralShare",
					"multiplexity", "dii", "responsibilityClarity", "idci" }) {
				assertTrue(key + " missing", metrics.has(key));
				assertTrue(key + " must be a plain number", metrics.get(key).getAsJsonPrimitive().isNumber());
			}
		}
		assertEquals(Set.of("CountyA=network", "CountyC=enterprise-led", "CountyD=government-led", "DistrictB=co-creation"), types);
		assertEquals("supported", root.getAsJsonObject("thesisFinding").get("verdict").getAsString());
		assertTrue(run.err, run.err.contains("run cogov check"));
	}

	@Test
	public void analyzeTextCsvAndMarkdown() {
		CommandRun text = CommandRun.of("analyze", CommandRun.examples());
		assertEquals(0, text.code);
		assertTrue(text.out, text.out.contains("Phase P2: network platform"));
		assertTrue(text.out, text.out.contains("smax = 0.273 <= 0.350: met"));
		CommandRun csv = CommandRun.of("analyze", CommandRun.examples(), "--format", "csv");
		String[] lines = csv.out.split("\r\n");
		assertEquals(5, lines.length);
		assertTrue(lines[0], lines[0].startsWith("case,phase,type,G,E,smax,lead,HHI*,nDec,density"));
		CommandRun md = CommandRun.of("analyze", CommandRun.examples(), "--format", "md", "--lang", "zh");
		assertTrue(md.out, md.out.contains("| 案例 | 阶段 | 类型 |"));
		assertTrue(md.out, md.out.contains("网络式平台"));
	}

	@Test
	public void parametersFileChangesTheResultAndBadOnesAreReportedWithTheirLine() throws Exception {
		File params = folder.newFile("strict.properties");
		Files.writeString(params.toPath(), "# a stricter network threshold\nnetwork.maxSmax = 0.20\n");
		CommandRun strict = CommandRun.of("analyze", CommandRun.examples(), "--format", "json", "--params", params.getPath());
		assertEquals(strict.toString(), 0, strict.code);
		String countyA = typeOf(strict.out, "CountyA");
		assertFalse("County A is no longer a network under smax <= 0.20", countyA.equals("network"));
		assertEquals("network", typeOf(CommandRun.of("analyze", CommandRun.examples(), "--format", "json").out, "CountyA"));

		File bad = folder.newFile("bad.properties");
		Files.writeString(bad.toPath(), "network.maxSmax = 0.20\nnetwork.maxSmax2 = x\n");
		CommandRun run = CommandRun.of("analyze", CommandRun.examples(), "--params", bad.getPath());
		assertEquals(2, run.code);
		assertTrue(run.err, run.err.contains("bad.properties") && run.err.contains("2"));
		assertEquals(2, CommandRun.of("analyze", CommandRun.examples(), "--params", "missing.properties").code);
	}

	private static String typeOf(String json, String caseName) {
		for (JsonElement element : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("cases")) {
			if (element.getAsJsonObject().get("case").getAsString().equals(caseName)) {
				return element.getAsJsonObject().get("type").getAsString();
			}
		}
		throw new AssertionError("no case " + caseName + " in " + json);
	}

	@Test
	public void missingFilesUsageErrorsAndHelp() {
		CommandRun missing = CommandRun.of("check", "no/such/file.cogov");
		assertEquals(2, missing.code);
		assertTrue(missing.out, missing.out.contains("file.cogov:0:0: error io file not found"));
		assertEquals(2, CommandRun.of("analyze", CommandRun.examples(), "--format", "xml").code);
		assertEquals(2, CommandRun.of("frobnicate").code);
		assertEquals(2, CommandRun.of().code);
		for (String command : new String[] { "check", "analyze", "report", "convert", "diagram", "lsp" }) {
			CommandRun help = CommandRun.of(command, "--help");
			assertEquals(0, help.code);
			assertTrue(help.out, help.out.startsWith("usage: cogov " + command));
		}
	}

	@Test
	public void neverOverwritesAnInput() throws Exception {
		File study = folder.newFile("s.cogov");
		Files.writeString(study.toPath(), "study S\ncase A {\n\tdepartment DA data-authority\n}\n");
		byte[] before = Files.readAllBytes(study.toPath());
		CommandRun run = CommandRun.of("analyze", study.getPath(), "-o", study.getPath());
		assertEquals(2, run.code);
		assertTrue(run.err, run.err.contains("will not overwrite the input"));
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(study.toPath())));
		assertEquals(2, CommandRun.of("convert", study.getPath(), study.getPath()).code);
	}

	@Test
	public void reportWritesHtmlCsvAndMarkdownWithEscapedText() throws Exception {
		File study = folder.newFile("x.cogov");
		Files.writeString(study.toPath(), "study S\ncase A \"<script>alert(1)</script> & co\" {\n\tdepartment DA data-authority\n"
				+ "\tdepartment PS public-security\n\tlink DA <-> PS data-sharing\n\tphase P {\n\t\tdecision D strategy {\n\t\t\tfinal DA\n\t\t}\n\t}\n}\n");
		File out = new File(folder.getRoot(), "out");
		CommandRun run = CommandRun.of("report", study.getPath(), "-o", out.getPath());
		assertEquals(run.toString(), 0, run.code);
		String html = Files.readString(out.toPath().resolve("report.html"), StandardCharsets.UTF_8);
		assertFalse("model text must never become markup", html.contains("<script>"));
		assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
		assertTrue(Files.readString(out.toPath().resolve("comparison.csv")).startsWith("case,phase,type"));
		assertTrue(Files.readString(out.toPath().resolve("report.md"), StandardCharsets.UTF_8).contains("&lt;script&gt;"));
	}

	@Test
	public void convertsToXmiAndBackKeepingReferencesToOtherFiles() throws Exception {
		File examples = new File(folder.getRoot(), "examples");
		examples.mkdirs();
		for (File f : new File(CommandRun.examples()).listFiles((d, n) -> n.endsWith(".cogov"))) {
			Files.copy(f.toPath(), examples.toPath().resolve(f.getName()));
		}
		File xmi = new File(folder.getRoot(), "county-a.xmi");
		CommandRun toXmi = CommandRun.of("convert", examples.toPath().resolve("county-a.cogov").toString(), xmi.getPath());
		assertEquals(toXmi.toString(), 0, toXmi.code);
		String xml = Files.readString(xmi.toPath(), StandardCharsets.UTF_8);
		assertTrue(xml, xml.contains("examples/sources.cogov#//@sources[name='G01']"));
		File back = new File(folder.getRoot(), "county-a-again.cogov");
		CommandRun toText = CommandRun.of("convert", xmi.getPath(), back.getPath());
		assertEquals(toText.toString(), 0, toText.code);
		// the study again, with the converted text in place of the original file
		Files.delete(examples.toPath().resolve("county-a.cogov"));
		Files.move(back.toPath(), examples.toPath().resolve("county-a.cogov"));
		CommandRun analysis = CommandRun.of("analyze", examples.getPath(), "--format", "json");
		assertEquals(analysis.toString(), 0, analysis.code);
		assertEquals("network", typeOf(analysis.out, "CountyA"));
	}
}
