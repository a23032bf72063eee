/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.tests;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs the shared offline .odesign checker (tools/odesign-check, plain Java over EMF) from a test: compiles its
 * sources into a temporary folder with the JDK's compiler and starts it in a separate JVM whose class path holds
 * the compiled checker and the EMF jars of this test runtime.
 * <p>
 * A separate JVM because the checker ends with System.exit(1) on problems, which would end the OSGi test runtime,
 * and because it registers Sirius' metamodels with dynamic EMF, which should not leak into the test runtime.
 */
public final class OdesignCheckRun implements AutoCloseable {

	private static final long TIMEOUT_SECONDS = 180;

	/** The checker's exit code and everything it printed. */
	public record Result(int exitCode, String output) {
	}

	private final Path classes;
	private final String mainClass;
	private final List<File> emf;

	private OdesignCheckRun(Path classes, String mainClass, List<File> emf) {
		this.classes = classes;
		this.mainClass = mainClass;
		this.emf = emf;
	}

	/**
	 * Compiles the checker.
	 *
	 * @param checker the checker's folder, with src/main/java/&lt;package&gt;/OdesignCheck.java
	 * @throws IOException when no compiler is available or the sources do not compile
	 */
	public static OdesignCheckRun compile(File checker) throws IOException {
		List<File> emf = List.of(BundleFiles.classPathEntry(URI.class), BundleFiles.classPathEntry(EObject.class),
				BundleFiles.classPathEntry(XMIResourceFactoryImpl.class));
		List<String> sources = new ArrayList<>();
		String mainClass = null;
		try (Stream<Path> files = Files.walk(new File(checker, "src/main/java").toPath())) { //$NON-NLS-1$
			for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) { //$NON-NLS-1$
				sources.add(source.toString());
				if (source.getFileName().toString().equals("OdesignCheck.java")) { //$NON-NLS-1$
					mainClass = className(source);
				}
			}
		}
		if (mainClass == null) {
			throw new IOException("No OdesignCheck.java under " + checker); //$NON-NLS-1$
		}
		Path classes = Files.createTempDirectory("odesign-check"); //$NON-NLS-1$
		List<String> options = List.of("-d", classes.toString(), "-encoding", "UTF-8", "-nowarn", "-proc:none", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"-cp", classPath(emf)); //$NON-NLS-1$
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		if (compiler == null) {
			throw new IOException("No Java compiler in " + System.getProperty("java.home") + ": run the tests on a JDK"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		StringWriter messages = new StringWriter();
		try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
			if (!compiler.getTask(messages, files, null, options, null, files.getJavaFileObjectsFromStrings(sources)).call()) {
				throw new IOException("The checker does not compile:\n" + messages); //$NON-NLS-1$
			}
		}
		return new OdesignCheckRun(classes, mainClass, emf);
	}

	private static String className(Path source) throws IOException {
		String simple = source.getFileName().toString().replace(".java", ""); //$NON-NLS-1$ //$NON-NLS-2$
		for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
			if (line.startsWith("package ")) { //$NON-NLS-1$
				return line.substring(8, line.indexOf(';')).strip() + '.' + simple;
			}
		}
		return simple;
	}

	private static String classPath(List<File> entries) {
		List<String> paths = new ArrayList<>();
		entries.forEach(entry -> paths.add(entry.getAbsolutePath()));
		return String.join(File.pathSeparator, paths);
	}

	/** Deletes the compiled checker. */
	@Override
	public void close() throws IOException {
		try (Stream<Path> files = Files.walk(classes)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	/** Checks an .odesign against the Sirius metamodels and the domain metamodels. */
	public Result check(File metamodels, File odesign, File... domain) throws IOException, InterruptedException {
		List<File> classPath = new ArrayList<>(List.of(classes.toFile()));
		classPath.addAll(emf);
		List<String> command = new ArrayList<>(List.of(new File(System.getProperty("java.home"), "bin/java").getPath(), //$NON-NLS-1$ //$NON-NLS-2$
				"-cp", classPath(classPath), mainClass, metamodels.getAbsolutePath(), odesign.getAbsolutePath())); //$NON-NLS-1$
		for (File file : domain) {
			command.add(file.getAbsolutePath());
		}
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] output;
		try {
			output = process.getInputStream().readAllBytes();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				throw new IOException("The checker did not finish in " + TIMEOUT_SECONDS + " s"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		} finally {
			process.destroyForcibly();
		}
		return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}
}
