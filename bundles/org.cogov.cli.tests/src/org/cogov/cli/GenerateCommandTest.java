/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** cogov generate: writes a synthetic study that cogov check accepts, deterministically, and never over a study. */
public class GenerateCommandTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private static List<String> names(Path dir) throws Exception {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	public void writesAStudyThatChecksWithoutErrors() throws Exception {
		Path out = folder.getRoot().toPath().resolve("synthetic");
		CommandRun run = CommandRun.of("generate", "--cases", "3", "--seed", "5", out.toString());
		assertEquals(run.toString(), 0, run.code);
		assertTrue(run.err, run.err.contains("written: 4 files (3 cases, seed 5)"));
		// one file per case, named by the case's level (county0001, district0002, city0003, ...), and the sources
		assertEquals(names(out).toString(), 4, names(out).size());
		assertTrue(names(out).toString(), names(out).contains("sources.cogov"));
		assertTrue(names(out).toString(), names(out).stream().filter(n -> n.matches("(county|district|city)000[123]\\.cogov")).count() == 3);
		CommandRun check = CommandRun.of("check", out.toString());
		assertEquals(check.toString(), 0, check.code);
		assertTrue(check.err, check.err.contains("4 file(s), 3 case(s): 0 error(s)"));
	}

	@Test
	public void theSameSeedWritesTheSameFiles() throws Exception {
		Path first = folder.getRoot().toPath().resolve("first");
		Path second = folder.getRoot().toPath().resolve("second");
		assertEquals(0, CommandRun.of("generate", "--cases", "2", "--seed", "9", first.toString()).code);
		assertEquals(0, CommandRun.of("generate", "--cases=2", "--seed=9", second.toString()).code);
		assertEquals(names(first), names(second));
		for (String name : names(first)) {
			assertEquals(name, Files.readString(first.resolve(name)), Files.readString(second.resolve(name)));
		}
	}

	@Test
	public void refusesAFolderThatHoldsAStudy() throws Exception {
		File existing = folder.newFolder("existing");
		Path work = Files.writeString(existing.toPath().resolve("mine.cogov"), "study Mine\n");
		CommandRun run = CommandRun.of("generate", "--cases", "2", existing.getPath());
		assertEquals(run.toString(), 2, run.code);
		assertTrue(run.err, run.err.contains("already holds study files"));
		assertEquals("study Mine\n", Files.readString(work));
		assertEquals(List.of("mine.cogov"), names(existing.toPath()));
	}

	@Test
	public void wrongUseExitsTwoWithAPointerToHelp() {
		String out = folder.getRoot().toPath().resolve("x").toString();
		for (String[] args : new String[][] { { "generate", out }, { "generate", "--cases", "many", out },
				{ "generate", "--cases", "0", out }, { "generate", "--cases", "10001", out }, { "generate", "--cases", "3" },
				{ "generate", "--cases", "3", "--seed", "1.5", out } }) {
			CommandRun run = CommandRun.of(args);
			assertEquals(String.join(" ", args) + "\n" + run, 2, run.code);
			assertTrue(run.err, run.err.contains("(see cogov generate --help)"));
		}
		CommandRun help = CommandRun.of("generate", "--help");
		assertEquals(0, help.code);
		assertTrue(help.out, help.out.startsWith("usage: cogov generate --cases N [--seed S] FOLDER"));
		assertTrue(CommandRun.of("--help").out.contains("  generate  write a synthetic study of N invented cases"));
	}
}
