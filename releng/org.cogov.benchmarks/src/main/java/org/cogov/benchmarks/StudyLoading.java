/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cogov.dsl.study.LoadedStudy;
import org.cogov.dsl.study.StudyLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading a study of 100 cases from CoGov text (parse and link) against loading the same models from XMI (read and
 * resolve), both through the product's {@link StudyLoader} without validation. Target: text within 1.5 x of XMI.
 * <p>
 * Twelve warm-up rounds for both: on a 2-core machine the JIT takes some 40 s to compile the generated parser, and
 * text loading falls from 600 to 160 ms over the first eight rounds of 5 s; fewer rounds would measure the compiler.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 12)
@Measurement(iterations = 5)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx4g", "-Djava.awt.headless=true" })
public class StudyLoading {

	static final int CASES = 100;

	private Path text;
	private Path xmi;

	@Setup(Level.Trial)
	public void generate() throws IOException {
		text = GeneratedStudies.text(CASES);
		xmi = GeneratedStudies.xmi(CASES);
		int fromText = GeneratedStudies.load(text).cases().size();
		int fromXmi = GeneratedStudies.load(xmi).cases().size();
		if (fromText != CASES || fromXmi != CASES) {
			throw new IllegalStateException("expected " + CASES + " cases from both, got " + fromText + " and " + fromXmi); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	@Benchmark
	public LoadedStudy dsl() {
		return StudyLoader.standalone().load(List.of(text), false, StudyLoader.Progress.NONE);
	}

	@Benchmark
	public LoadedStudy xmi() {
		return StudyLoader.standalone().load(List.of(xmi), false, StudyLoader.Progress.NONE);
	}
}
