/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.cli.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cogov.dsl.study.StudyLoader;

/**
 * Fuzz target for Jazzer: the input is an XMI file, loaded through the real study loader (the XXE-safe XML parser,
 * EMF's XMI reader, reference resolution, the governance rules) and then analysed; see {@link LoaderContract} for
 * what counts as a finding. A sources file in CoGov text lies beside it, so that references into text files resolve.
 */
public final class StudyXmiFuzzTarget {

	private static Path sources;
	private static Path input;

	private StudyXmiFuzzTarget() {
	}

	public static void fuzzerInitialize() {
		LoaderContract.quietLogging();
		StudyLoader.standalone(); // the language's set-up, once, outside the first input's time limit
		try {
			Path folder = Files.createTempDirectory("cogov-fuzz-xmi"); //$NON-NLS-1$
			sources = Files.writeString(folder.resolve("sources.cogov"), StudyTextFuzzTarget.SOURCES); //$NON-NLS-1$
			input = folder.resolve("fuzzed.xmi"); //$NON-NLS-1$
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static void fuzzerTestOneInput(byte[] data) throws IOException {
		LoaderContract.loadAndCheck(data, input, List.of(sources, input));
	}
}
