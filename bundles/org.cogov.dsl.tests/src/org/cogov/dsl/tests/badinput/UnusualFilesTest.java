/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.tests.badinput;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cogov.dsl.study.FileDiagnostic;
import org.cogov.dsl.study.LoadedStudy;
import org.cogov.dsl.study.StudyLoader;
import org.cogov.dsl.tests.StudyFixtures;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.Timeout;

/**
 * Bad input that cannot be stored in the corpus folder: files too large to keep, files that vanish or cannot be
 * read, pipes, folders named like study files, nesting too deep to keep readable, and hostile XMI whose target (a
 * secret file, a local server) only exists while the test runs. Each gives a located, readable error, promptly.
 * <p>
 * With {@link BadInputCorpusTest} (35 stored files) and the 28 inputs of {@code MalformedInputTest}, the bad-input
 * corpus has 73 entries.
 */
public class UnusualFilesTest {

	private static final String XMI_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<cogov:Study xmi:version=\"2.0\" "
			+ "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
			+ "xmlns:cogov=\"http://www.cogov.org/model/1.0\" name=\"S\">\n";

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	/** Nothing here may hang: a pipe or a remote reference must not make the loader wait. */
	@Rule
	public Timeout timeout = new Timeout(120, TimeUnit.SECONDS);

	private Path file(String name) {
		return folder.getRoot().toPath().resolve(name);
	}

	/** A file larger than the loader's limit for the memory given, at least 50 MB, of real CoGov text. */
	@Test
	public void aHugeTextFileIsRefusedBeforeItIsRead() throws IOException {
		long size = Math.max(50L << 20, Runtime.getRuntime().maxMemory() / 64 + (1 << 20));
		Path huge = file("huge.cogov");
		try (Writer out = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
			out.write("study Huge\ncase A {\n");
			String line = "\tdepartment D%07d \"部门\" other-department local\n";
			for (long written = 0, i = 0; written < size; i++) {
				String text = String.format(line, i);
				out.write(text);
				written += text.getBytes(StandardCharsets.UTF_8).length;
			}
			out.write("}\n");
		}
		long start = System.nanoTime();
		FileDiagnostic error = LoadedProblems.expect(LoadedProblems.errors(LoadedProblems.load(huge), huge), "io", 0,
				"split the study into one file per case");
		assertTrue(error.message(), error.message().matches("the file is \\d+\\.\\d MB; .*"));
		assertTrue("took " + (System.nanoTime() - start) / 1_000_000 + " ms", System.nanoTime() - start < 10_000_000_000L);
	}

	@Test
	public void aHugeXmiFileIsRefusedBeforeItIsRead() throws IOException {
		long size = Math.max(50L << 20, Runtime.getRuntime().maxMemory() / 16 + (1 << 20));
		Path huge = file("huge.xmi");
		try (Writer out = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
			out.write(XMI_HEAD + "  <cases name=\"A\">\n");
			for (long written = 0, i = 0; written < size; i++) {
				String element = "    <actors xsi:type=\"cogov:GovernmentDepartment\" name=\"D" + i + "\"/>\n";
				out.write(element);
				written += element.length();
			}
			out.write("  </cases>\n</cogov:Study>\n");
		}
		LoadedProblems.expect(LoadedProblems.errors(LoadedProblems.load(huge), huge), "io", 0, "CoGov reads XMI files of up to");
	}

	/** 100,000 nested elements: the XML reader works without recursion, the error names the first unknown one. */
	@Test
	public void deeplyNestedXmi() throws IOException {
		Path deep = file("deep.xmi");
		int depth = 100_000;
		Files.writeString(deep, XMI_HEAD + "  <cases name=\"A\">\n" + "<x>".repeat(depth) + "</x>".repeat(depth) + "\n  </cases>\n</cogov:Study>\n");
		LoadedProblems.expect(LoadedProblems.errors(LoadedProblems.load(deep), deep), "syntax", 4, "Feature 'x' not found");
	}

	/** The loader lists the folder, then reads each file; here the second file is deleted in between. */
	@Test
	public void aFileThatVanishesBetweenListingAndReading() throws IOException {
		Path first = Files.writeString(file("a.cogov"), "study S\ncase A {\n}\n");
		Path second = Files.writeString(file("b.cogov"), "study S\ncase B {\n}\n");
		LoadedStudy study = new StudyLoader(StudyFixtures.injector()).load(List.of(folder.getRoot().toPath()), true,
				(done, total, what) -> {
					if (what.equals("reading b.cogov")) {
						try {
							Files.delete(second);
						} catch (IOException e) {
							throw new IllegalStateException(e);
						}
					}
				});
		List<FileDiagnostic> errors = study.diagnostics().stream().filter(FileDiagnostic::isError).toList();
		assertEquals(errors.toString(), 1, errors.size());
		assertEquals(second.getFileName(), errors.get(0).file().getFileName());
		assertEquals("the file disappeared while it was being read", errors.get(0).message());
		assertEquals("the other file still loads", List.of("A"), study.cases().stream().map(c -> c.getName()).toList());
		assertTrue(Files.exists(first));
	}

	/** Tests run as root, which reads any file whatever its permissions: a file the kernel refuses to read instead. */
	@Test
	public void aFileThatCannotBeRead() throws IOException {
		Path unreadable = Path.of("/proc/self/mem");
		assumeTrue("needs Linux's /proc", Files.exists(unreadable));
		Path link = Files.createSymbolicLink(file("memory.cogov"), unreadable);
		LoadedProblems.expect(LoadedProblems.errors(LoadedProblems.load(link), link), "io", 0, "cannot read the file");
	}

	@Test
	public void aFolderNamedLikeAStudyFile() throws IOException {
		Path named = Files.createDirectory(file("case.cogov"));
		LoadedProblems.expect(LoadedProblems.errors(LoadedProblems.load(named), named), "io", 0, "no .cogov or .xmi files in this folder");
		// inside a study folder, such a folder is looked into, not read as a file
		Files.writeString(named.resolve("inner.cogov"), "study S\ncase A {\n}\n");
		LoadedStudy study = LoadedProblems.load(folder.getRoot().toPath());
		assertFalse(study.diagnostics().toString(), study.hasErrors());
		assertEquals(1, study.cases().size());
	}

	/** Reading a named pipe waits for a writer that never comes; the loader must not try. */
	@Test
	public void aNamedPipeIsNotReadAndDoesNotHang() throws Exception {
		Path pipe = file("pipe.cogov");
		Process mkfifo;
		try {
			mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
		} catch (IOException e) {
			assumeTrue("needs mkfifo", false);
			return;
		}
		assumeTrue("mkfifo failed", mkfifo.waitFor() == 0);
		LoadedProblems.expect(LoadedProblems.errors(LoadedProblems.load(pipe), pipe), "io", 0, "not a regular file");
	}

	/** An external entity pointing at a local secret: refused with the DOCTYPE, the secret appears nowhere. */
	@Test
	public void anExternalEntityNeverReadsALocalFile() throws IOException {
		Path secret = Files.writeString(file("secret.txt"), "TOP-SECRET-CONTENT");
		Path xxe = Files.writeString(file("xxe.xmi"), "<?xml version=\"1.0\"?>\n<!DOCTYPE s [<!ENTITY x SYSTEM \"" + secret.toUri()
				+ "\">]>\n<cogov:Study xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
				+ "xmlns:cogov=\"http://www.cogov.org/model/1.0\" name=\"S\" description=\"&x;\"/>\n");
		LoadedStudy study = LoadedProblems.load(xxe);
		LoadedProblems.expect(LoadedProblems.errors(study, xxe), "syntax", 2, "declares a DOCTYPE, which CoGov refuses");
		assertFalse(study.diagnostics().toString().contains("TOP-SECRET"));
		study.resourceSet().getResources().forEach(r -> r.getAllContents()
				.forEachRemaining(e -> assertFalse(e.toString(), e.toString().contains("TOP-SECRET"))));
	}

	/** A reference to a URL is not followed: no connection reaches the server, the reference is reported unresolved. */
	@Test
	public void aReferenceToAUrlIsNotFetched() throws IOException {
		try (ServerSocket server = new ServerSocket(0)) {
			String url = "http://127.0.0.1:" + server.getLocalPort() + "/sources.xmi";
			Path remote = Files.writeString(file("remote.xmi"), XMI_HEAD + "  <cases name=\"A\">\n"
					+ "    <mechanisms name=\"VI\" kind=\"VALUE_INTEGRATION\">\n      <evidence>\n"
					+ "        <source xsi:type=\"cogov:Interviewee\" href=\"" + url + "#//@sources[name='G01']\"/>\n"
					+ "      </evidence>\n    </mechanisms>\n  </cases>\n</cogov:Study>\n");
			LoadedStudy study = LoadedProblems.load(remote);
			LoadedProblems.expect(LoadedProblems.errors(study, remote), "structure", 0, url + "#//@sources[name='G01'], which cannot be read");
			server.setSoTimeout(300);
			try {
				server.accept().close();
				throw new AssertionError("the loader connected to " + url);
			} catch (SocketTimeoutException expected) {
				// nobody came
			}
		}
	}

	/** Every stored corpus file is an entry of {@link BadInputCorpusTest}: no corpus file goes untested. */
	@Test
	public void everyStoredCorpusFileIsChecked() throws IOException {
		Set<String> listed = BadInputCorpusTest.corpus().stream().map(entry -> (String) entry[0])
				.collect(Collectors.toCollection(TreeSet::new));
		try (Stream<Path> files = Files.list(BadInputCorpusTest.FOLDER)) {
			Set<String> stored = files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".ecore"))
					.collect(Collectors.toCollection(TreeSet::new));
			assertEquals(stored, listed);
		}
		assertEquals(35, listed.size());
	}
}
