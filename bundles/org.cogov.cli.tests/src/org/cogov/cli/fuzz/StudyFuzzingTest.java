/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.cli.fuzz;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.Test;

/**
 * Coverage-guided fuzzing of the study loader with Jazzer, in a process of its own: the CoGov text and the XMI
 * targets run 1,000 inputs each from a fixed seed in the test suite (about 30 s here), or for
 * {@code -Dcogov.fuzz.seconds} each with a random seed to look further, seeded with the example study and the
 * bad-input corpus. A target
 * passes when Jazzer ends normally and leaves no crash, timeout or out-of-memory input; otherwise the failure shows
 * the input and Jazzer's report of what broke.
 * <p>
 * The process runs on the command line distribution (the cli bundle's jar and {@code target/lib}), this bundle's
 * compiled classes and the Jazzer jars the build copies into {@code target/jazzer}.
 */
public class StudyFuzzingTest {

	/**
	 * In the test suite the fuzzer runs a fixed number of inputs from a fixed seed, so that every machine explores
	 * the same inputs and a run that passed here passes in CI; {@code -Dcogov.fuzz.seconds=N} fuzzes by time instead,
	 * with a random seed, to look further.
	 */
	private static final Long SECONDS = Long.getLong("cogov.fuzz.seconds"); //$NON-NLS-1$
	private static final int RUNS = Integer.getInteger("cogov.fuzz.runs", 1000); //$NON-NLS-1$
	private static final int SEED = Integer.getInteger("cogov.fuzz.seed", 20261127); //$NON-NLS-1$
	/** Longest the fixed number of inputs may take. */
	private static final long RUNS_SECONDS_CAP = 600;
	/** Longest a single input may take before it counts as a hang. */
	private static final int INPUT_SECONDS = Integer.getInteger("cogov.fuzz.input.seconds", 30); //$NON-NLS-1$
	private static final Path WORK = Path.of("target", "jazzer"); //$NON-NLS-1$ //$NON-NLS-2$

	@Test
	public void cogovTextNeverBreaksTheLoadersPromises() throws Exception {
		fuzz(StudyTextFuzzTarget.class, "org.cogov.**", ".cogov", Path.of("../../examples"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				badInputs());
	}

	@Test
	public void xmiNeverBreaksTheLoadersPromises() throws Exception {
		fuzz(StudyXmiFuzzTarget.class, "org.cogov.**:org.eclipse.emf.ecore.xmi.**", ".xmi", Path.of("fuzz-seeds/xmi"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				badInputs());
	}

	/** The bad-input corpus of the DSL tests: every malformed file is a good place to start mutating from. */
	private static Path badInputs() {
		return Path.of("../org.cogov.dsl.tests/test-data/bad-input"); //$NON-NLS-1$
	}

	private static void fuzz(Class<?> target, String instrumented, String extension, Path... seedFolders) throws Exception {
		Path work = WORK.resolve(target.getSimpleName());
		// a fixed run starts from the seeds alone, to explore the same inputs everywhere; a timed run keeps its corpus
		Path corpus = SECONDS == null ? fresh(work.resolve("corpus")) : Files.createDirectories(work.resolve("corpus")); //$NON-NLS-1$ //$NON-NLS-2$
		Path seeds = fresh(work.resolve("seeds")); //$NON-NLS-1$
		Path findings = fresh(work.resolve("findings")); //$NON-NLS-1$
		int seeded = 0;
		for (Path folder : seedFolders) {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.filter(f -> f.toString().endsWith(extension) && Files.isRegularFile(f)).toList()) {
					Files.copy(file, seeds.resolve(folder.getFileName() + "-" + file.getFileName())); //$NON-NLS-1$
					seeded++;
				}
			}
		}
		assertTrue("no seed files for " + target.getSimpleName(), seeded > 0);
		Path log = work.resolve("jazzer.log"); //$NON-NLS-1$
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"-Xmx1500m", "-Djava.awt.headless=true", "-cp", classpath(), "com.code_intelligence.jazzer.Jazzer", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"--target_class=" + target.getName(), "--instrumentation_includes=" + instrumented, //$NON-NLS-1$ //$NON-NLS-2$
				"--reproducer_path=" + findings.toAbsolutePath(), "-artifact_prefix=" + findings.toAbsolutePath() + File.separator, //$NON-NLS-1$ //$NON-NLS-2$
				"-runs=" + (SECONDS != null ? -1 : RUNS), //$NON-NLS-1$
				SECONDS != null ? "-seed=0" : "-seed=" + SEED, //$NON-NLS-1$ //$NON-NLS-2$
				"-max_total_time=" + (SECONDS != null ? SECONDS : RUNS_SECONDS_CAP), //$NON-NLS-1$
				"-timeout=" + INPUT_SECONDS, "-rss_limit_mb=4096", //$NON-NLS-1$ //$NON-NLS-2$
				corpus.toAbsolutePath().toString(), seeds.toAbsolutePath().toString()));
		Process jazzer = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		long limit = (SECONDS != null ? SECONDS : RUNS_SECONDS_CAP) + 300;
		if (!jazzer.waitFor(limit, TimeUnit.SECONDS)) {
			jazzer.destroyForcibly();
			fail("Jazzer did not end within " + limit + " s; see " + log.toAbsolutePath() + "\n" + tail(log)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		List<Path> found;
		try (Stream<Path> files = Files.list(findings)) {
			found = files.filter(f -> f.getFileName().toString().matches("(crash|timeout|oom|leak)-.*")).toList(); //$NON-NLS-1$
		}
		if (!found.isEmpty() || jazzer.exitValue() != 0) {
			StringBuilder message = new StringBuilder(target.getSimpleName() + ": Jazzer exit code " + jazzer.exitValue()); //$NON-NLS-1$
			for (Path input : found) {
				message.append("\n--- ").append(input.getFileName()).append(" ---\n").append(show(Files.readAllBytes(input))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			fail(message.append("\n--- Jazzer's report (").append(log.toAbsolutePath()).append(") ---\n").append(tail(log)).toString()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		assertEquals(0, jazzer.exitValue());
	}

	/** The distribution, this bundle's classes and Jazzer; {@code -Dcogov.fuzz.classpath} goes first (local runs). */
	private static String classpath() throws IOException {
		List<String> entries = new ArrayList<>();
		String extra = System.getProperty("cogov.fuzz.classpath"); //$NON-NLS-1$
		if (extra != null && !extra.isBlank()) {
			entries.add(extra);
		}
		entries.add(Path.of("target", "classes").toAbsolutePath().toString()); //$NON-NLS-1$ //$NON-NLS-2$
		Path distribution = Path.of(System.getProperty("cogov.distribution", "../org.cogov.cli/target")); //$NON-NLS-1$ //$NON-NLS-2$
		entries.addAll(jars(distribution, "org.cogov.cli-")); //$NON-NLS-1$
		entries.add(distribution.resolve("lib").toAbsolutePath() + File.separator + "*"); //$NON-NLS-1$
		List<String> jazzer = jars(Path.of(System.getProperty("cogov.jazzer.dir", WORK.toString())), "jazzer"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue("Jazzer's jars are missing from " + System.getProperty("cogov.jazzer.dir", WORK.toString()) //$NON-NLS-1$ //$NON-NLS-2$
				+ " (the build copies them there)", jazzer.size() >= 2); //$NON-NLS-1$
		entries.addAll(jazzer);
		return String.join(File.pathSeparator, entries);
	}

	private static List<String> jars(Path folder, String prefix) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".jar") //$NON-NLS-1$
					&& !f.toString().endsWith("-sources.jar")).map(f -> f.toAbsolutePath().toString()).sorted().toList(); //$NON-NLS-1$
		}
	}

	private static Path fresh(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
		}
		return Files.createDirectories(folder);
	}

	/** An input as text where it is text (first 2,000 characters), always also as base64 for exact reproduction. */
	private static String show(byte[] input) {
		String text = new String(input, StandardCharsets.UTF_8);
		String shown = text.length() > 2000 ? text.substring(0, 2000) + "\n[... " + input.length + " bytes in all]" : text; //$NON-NLS-1$ //$NON-NLS-2$
		return shown + "\nbase64: " + Base64.getEncoder().encodeToString(input); //$NON-NLS-1$
	}

	private static String tail(Path log) throws IOException {
		if (!Files.exists(log)) {
			return "(no output)"; //$NON-NLS-1$
		}
		// Jazzer's output may hold raw bytes of inputs: decode leniently
		List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())); //$NON-NLS-1$
	}
}
