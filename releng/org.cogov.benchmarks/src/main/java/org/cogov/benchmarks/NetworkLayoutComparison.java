/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.cogov.diagram.build.SyntheticNetworks;
import org.cogov.diagram.layout.DiagramLayout;
import org.cogov.diagram.layout.NetworkLayout;
import org.cogov.diagram.layout.TextMeasure;
import org.cogov.diagram.model.Diagram;
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
 * Laying out a collaboration network of 500 departments: ELK's stress layout (what CoGov uses up to
 * {@link NetworkLayout#STRESS_LIMIT} departments), CoGov's radial grid (what it uses above), and Graphviz
 * {@code dot} on the same graph with the same node sizes, run as a process as a user of dot would. Each call builds
 * the network anew, so that no layout starts from a previous one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = { "-Xmx4g", "-Djava.awt.headless=true" })
public class NetworkLayoutComparison {

	static final int DEPARTMENTS = 500;

	private String dotGraph;

	@Setup(Level.Trial)
	public void sizeTheGraph() throws IOException, InterruptedException {
		Diagram sized = DiagramLayout.layout(SyntheticNetworks.collaborationLike(DEPARTMENTS, GeneratedStudies.SEED));
		dotGraph = SyntheticNetworks.toDot(sized);
		graphvizDot(); // fails here, before any figure, when dot is not installed
	}

	@Benchmark
	public Diagram elkStress() {
		return DiagramLayout.layoutNetwork(SyntheticNetworks.collaborationLike(DEPARTMENTS, GeneratedStudies.SEED),
				TextMeasure.standard(), NetworkLayout.Method.STRESS);
	}

	@Benchmark
	public Diagram radialGrid() {
		return DiagramLayout.layoutNetwork(SyntheticNetworks.collaborationLike(DEPARTMENTS, GeneratedStudies.SEED),
				TextMeasure.standard(), NetworkLayout.Method.RADIAL_GRID);
	}

	/** dot -Tplain: the layout as positions and edge splines, without rendering an image. */
	@Benchmark
	public String graphvizDot() throws IOException, InterruptedException {
		Process dot = new ProcessBuilder("dot", "-Tplain").redirectError(ProcessBuilder.Redirect.DISCARD).start(); //$NON-NLS-1$ //$NON-NLS-2$
		try (OutputStream in = dot.getOutputStream()) {
			in.write(dotGraph.getBytes(StandardCharsets.UTF_8));
		}
		ByteArrayOutputStream layout = new ByteArrayOutputStream();
		try (InputStream out = dot.getInputStream()) {
			out.transferTo(layout);
		}
		int exit = dot.waitFor();
		if (exit != 0 || layout.size() == 0) {
			throw new IllegalStateException("dot failed with exit code " + exit); //$NON-NLS-1$
		}
		return layout.toString(StandardCharsets.UTF_8);
	}
}
