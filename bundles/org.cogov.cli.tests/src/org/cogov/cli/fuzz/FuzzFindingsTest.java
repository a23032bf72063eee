/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.cli.fuzz;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.Test;

/**
 * Every input the fuzzer ever broke a promise with, kept in {@code fuzz-findings/} and replayed in-process through
 * the same fuzz targets, so that a fixed finding stays fixed without Jazzer.
 */
public class FuzzFindingsTest {

	private static final Path FINDINGS = Path.of("fuzz-findings"); //$NON-NLS-1$

	@Test
	public void everyFindingLoadsWithinTheLoadersPromises() throws Exception {
		List<Path> findings;
		try (Stream<Path> files = Files.list(FINDINGS)) {
			findings = files.sorted().toList();
		}
		assertFalse("no stored fuzz findings in " + FINDINGS.toAbsolutePath(), findings.isEmpty());
		StudyTextFuzzTarget.fuzzerInitialize();
		StudyXmiFuzzTarget.fuzzerInitialize();
		for (Path finding : findings) {
			byte[] input = Files.readAllBytes(finding);
			if (finding.toString().endsWith(".xmi")) { //$NON-NLS-1$
				StudyXmiFuzzTarget.fuzzerTestOneInput(input); // a broken promise fails the test with its reason
			} else {
				StudyTextFuzzTarget.fuzzerTestOneInput(input);
			}
		}
	}

	/** The first finding: a file with lone CR line ends, whose located warnings the contract took for out of range. */
	@Test
	public void linesAreCountedAsTheParserCountsThem() {
		assertEquals(1, LoaderContract.lineCount(new byte[0]));
		assertEquals(3, LoaderContract.lineCount("a\nb\nc".getBytes()));
		assertEquals(3, LoaderContract.lineCount("a\r\nb\r\nc".getBytes()));
		assertEquals(3, LoaderContract.lineCount("a\rb\rc".getBytes()));
		assertEquals(4, LoaderContract.lineCount("a\r\rb\n".getBytes()));
	}
}
