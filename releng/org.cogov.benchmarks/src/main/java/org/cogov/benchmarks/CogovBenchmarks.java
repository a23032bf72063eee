/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the CoGov benchmarks with JMH's own command line (every JMH option passes through) and then states each
 * result as a ratio against its baseline measured in the same run: text against XMI loading, the national analysis
 * against its 10 s target, re-checking an edited case against its 200 ms target, ELK against Graphviz dot. The
 * ratios also go to {@code target/ratios.md}.
 */
public final class CogovBenchmarks {

	/** A result stated against a baseline: another benchmark of the run, or a fixed target in seconds. */
	private record Ratio(String what, String benchmark, String baseline, double targetSeconds, double limit) {
	}

	private static final List<Ratio> RATIOS = List.of(
			new Ratio("load 100 cases: CoGov text / XMI", "StudyLoading.dsl", "StudyLoading.xmi", 0, 1.5), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new Ratio("validate, classify, measure 2,850 cases / 10 s", "NationalAnalysis.validateClassifyMeasure", null, 10, 1), //$NON-NLS-1$ //$NON-NLS-2$
			new Ratio("load and analyse 2,850 cases (cogov analyze) / 10 s", "NationalAnalysis.loadAndAnalyse", null, 10, 0), //$NON-NLS-1$ //$NON-NLS-2$
			new Ratio("re-check one edited case of 2,850 / 200 ms", "EditedCaseRevalidation.revalidate", null, 0.2, 1), //$NON-NLS-1$ //$NON-NLS-2$
			new Ratio("layout of 500 departments: ELK stress / dot", "NetworkLayoutComparison.elkStress", //$NON-NLS-1$ //$NON-NLS-2$
					"NetworkLayoutComparison.graphvizDot", 0, 0), //$NON-NLS-1$
			new Ratio("layout of 500 departments: CoGov radial grid / dot", "NetworkLayoutComparison.radialGrid", //$NON-NLS-1$ //$NON-NLS-2$
					"NetworkLayoutComparison.graphvizDot", 0, 0)); //$NON-NLS-1$

	private CogovBenchmarks() {
	}

	public static void main(String[] args) throws Exception {
		if (Arrays.stream(args).anyMatch(a -> a.equals("-h") || a.startsWith("-l"))) { //$NON-NLS-1$ //$NON-NLS-2$
			org.openjdk.jmh.Main.main(args); // help and the listings are JMH's own
			return;
		}
		Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
		String table = ratios(results);
		System.out.println();
		System.out.print(table);
		Path file = Path.of("target", "ratios.md"); //$NON-NLS-1$ //$NON-NLS-2$
		Files.createDirectories(file.getParent());
		Files.writeString(file, table, StandardCharsets.UTF_8);
	}

	/** The ratios whose benchmarks ran, as a Markdown table. */
	static String ratios(Collection<RunResult> results) {
		Map<String, Double> seconds = new HashMap<>();
		Map<String, Double> errors = new HashMap<>();
		for (RunResult run : results) {
			String name = run.getParams().getBenchmark();
			String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
			Result<?> primary = run.getPrimaryResult();
			double factor = toSeconds(primary.getScoreUnit());
			seconds.put(shortName, primary.getScore() * factor);
			errors.put(shortName, Double.isNaN(primary.getScoreError()) ? 0 : primary.getScoreError() * factor);
		}
		StringBuilder table = new StringBuilder("| measured | time | baseline | ratio | target |\n|---|---|---|---|---|\n"); //$NON-NLS-1$
		for (Ratio ratio : RATIOS) {
			Double time = seconds.get(ratio.benchmark());
			Double base = ratio.baseline() == null ? Double.valueOf(ratio.targetSeconds()) : seconds.get(ratio.baseline());
			if (time == null || base == null) {
				continue;
			}
			double value = time / base;
			String verdict = ratio.limit() <= 0 ? "(none)" //$NON-NLS-1$
					: String.format(Locale.ROOT, "<= %.1f: %s", ratio.limit(), value <= ratio.limit() ? "met" : "MISSED"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String baseline = ratio.baseline() == null ? "target " + format(base, 0) //$NON-NLS-1$
					: ratio.baseline() + " " + format(base, errors.get(ratio.baseline())); //$NON-NLS-1$
			table.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %s |%n", ratio.what(), //$NON-NLS-1$
					format(time, errors.get(ratio.benchmark())), baseline, value, verdict));
		}
		return table.toString();
	}

	private static String format(double seconds, double error) {
		String unit = seconds >= 1 ? "s" : "ms"; //$NON-NLS-1$ //$NON-NLS-2$
		double scale = seconds >= 1 ? 1 : 1000;
		return error > 0 ? String.format(Locale.ROOT, "%.3g ± %.2g %s", seconds * scale, error * scale, unit) //$NON-NLS-1$
				: String.format(Locale.ROOT, "%.3g %s", seconds * scale, unit); //$NON-NLS-1$
	}

	private static double toSeconds(String unit) {
		String time = unit.contains("/") ? unit.substring(0, unit.indexOf('/')) : unit; //$NON-NLS-1$
		return switch (time) {
		case "s" -> 1; //$NON-NLS-1$
		case "ms" -> 1e-3; //$NON-NLS-1$
		case "us" -> 1e-6; //$NON-NLS-1$
		case "ns" -> 1e-9; //$NON-NLS-1$
		case "min" -> 60; //$NON-NLS-1$
		default -> throw new IllegalArgumentException("a time unit is expected, not " + unit); //$NON-NLS-1$
		};
	}
}
