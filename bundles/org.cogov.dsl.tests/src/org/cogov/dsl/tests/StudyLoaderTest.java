/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cogov.dsl.study.FileDiagnostic;
import org.cogov.dsl.study.LoadedStudy;
import org.cogov.dsl.study.StudyLoader;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Bad files give located errors, never exceptions. */
public class StudyLoaderTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private LoadedStudy load(Path... paths) {
		return new StudyLoader(StudyFixtures.injector()).load(List.of(paths));
	}

	private static FileDiagnostic only(LoadedStudy study) {
		List<FileDiagnostic> errors = study.diagnostics().stream().filter(FileDiagnostic::isError).toList();
		assertEquals(errors.toString(), 1, errors.size());
		return errors.get(0);
	}

	@Test
	public void missingFile() {
		FileDiagnostic d = only(load(folder.getRoot().toPath().resolve("nope.cogov")));
		assertEquals(FileDiagnostic.IO, d.code());
		assertTrue(d.format(), d.format().endsWith("nope.cogov:0:0: error io file not found"));
	}

	@Test
	public void folderWithoutStudyFiles() throws Exception {
		folder.newFile("notes.txt");
		assertTrue(only(load(folder.getRoot().toPath())).message().contains("no .cogov or .xmi files"));
	}

	@Test
	public void gbkEncodedFileIsNamedAsNotUtf8() throws Exception {
		File file = folder.newFile("gbk.cogov");
		Files.write(file.toPath(), "study S\ncase A \"甲县\" {\n}\n".getBytes(Charset.forName("GBK")));
		FileDiagnostic d = only(load(file.toPath()));
		assertEquals(FileDiagnostic.ENCODING, d.code());
		assertEquals(2, d.line());
		assertTrue(d.message(), d.message().contains("not UTF-8"));
	}

	@Test
	public void byteOrderMarkIsAccepted() throws Exception {
		File file = folder.newFile("bom.cogov");
		Files.write(file.toPath(), ("\uFEFFstudy S\ncase A \"甲县\" {\n}\n").getBytes(StandardCharsets.UTF_8));
		LoadedStudy study = load(file.toPath());
		assertTrue(study.diagnostics().toString(), study.diagnostics().stream().noneMatch(FileDiagnostic::isError));
		assertEquals("甲县", study.cases().get(0).getLabel());
	}

	@Test
	public void truncatedXmiIsLocated() throws Exception {
		File file = folder.newFile("broken.xmi");
		Files.writeString(file.toPath(), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<cogov:Study xmi:version=\"2.0\"\n"
				+ "    xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:cogov=\"http://www.cogov.org/model/1.0\" name=\"S\">\n  <cases name=\"A\">\n");
		FileDiagnostic d = only(load(file.toPath()));
		assertEquals(FileDiagnostic.SYNTAX, d.code());
		assertTrue(d.format(), d.line() >= 4);
		assertTrue(d.message(), d.message().contains("truncated"));
	}

	@Test
	public void xmiOfAnotherMetamodelIsRefusedClearly() throws Exception {
		File file = folder.newFile("other.xmi");
		Files.writeString(file.toPath(), "<?xml version=\"1.0\"?>\n<x:Thing xmlns:x=\"http://example.org/other\" xmi:version=\"2.0\" "
				+ "xmlns:xmi=\"http://www.omg.org/XMI\"/>\n");
		LoadedStudy study = load(file.toPath());
		assertTrue(study.diagnostics().toString(), study.hasErrors());
		assertTrue(study.diagnostics().toString(), study.diagnostics().get(0).message().contains("not a CoGov model")
				&& study.diagnostics().get(0).line() == 2);
	}

	@Test
	public void xmiIsValidatedByTheSameRules() throws Exception {
		File file = folder.newFile("rules.xmi");
		Files.writeString(file.toPath(), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<cogov:Study xmi:version=\"2.0\" "
				+ "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:cogov=\"http://www.cogov.org/model/1.0\" name=\"S\">\n"
				+ "  <cases name=\"A\">\n    <actors xsi:type=\"cogov:GovernmentDepartment\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" name=\"PS\"/>\n"
				+ "    <links from=\"//@cases[name='A']/@actors[name='PS']\" to=\"//@cases[name='A']/@actors[name='PS']\"/>\n"
				+ "  </cases>\n</cogov:Study>\n");
		LoadedStudy study = load(file.toPath());
		assertTrue(study.diagnostics().toString(), study.diagnostics().stream().anyMatch(d -> d.code().equals("COGOV-E08")));
	}
}
