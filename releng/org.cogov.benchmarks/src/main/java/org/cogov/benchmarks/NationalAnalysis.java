/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.dsl.study.FileDiagnostic;
import org.cogov.dsl.study.LoadedStudy;
import org.cogov.dsl.study.StudyLoader;
import org.cogov.report.StudyResults;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * A national study: 2,850 county-level cases. {@link #validateClassifyMeasure} is the work the issue sets a target
 * for (under 10 s on the reference machine): every file validated by the governance rules, every case's phases
 * classified and measured, the comparison across cases, on a study already loaded. {@link #loadAndAnalyse} adds
 * reading and linking the 2,851 files, as {@code cogov analyze} does, for the researcher's whole wait.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = { "-Xmx8g", "-Djava.awt.headless=true" })
public class NationalAnalysis {

	static final int CASES = 2850;

	private Path folder;
	private LoadedStudy study;

	@Setup(Level.Trial)
	public void load() throws IOException {
		folder = GeneratedStudies.text(CASES);
		study = GeneratedStudies.load(folder);
		if (study.cases().size() != CASES) {
			throw new IllegalStateException("expected " + CASES + " cases, got " + study.cases().size()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Benchmark
	public void validateClassifyMeasure(Blackhole sink) {
		List<FileDiagnostic> findings = StudyLoader.standalone().validate(study, StudyLoader.Progress.NONE);
		GeneratedStudies.requireNoErrors(findings, folder);
		sink.consume(new StudyResults(study, ClassificationParameters.defaults(), Locale.ENGLISH));
	}

	@Benchmark
	public void loadAndAnalyse(Blackhole sink) {
		LoadedStudy loaded = StudyLoader.standalone().load(List.of(folder), true, StudyLoader.Progress.NONE);
		GeneratedStudies.requireNoErrors(loaded.diagnostics(), folder);
		sink.consume(new StudyResults(loaded, ClassificationParameters.defaults(), Locale.ENGLISH));
	}
}
