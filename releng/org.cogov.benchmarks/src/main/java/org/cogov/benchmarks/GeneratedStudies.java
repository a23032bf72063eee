/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cogov.dsl.study.FileDiagnostic;
import org.cogov.dsl.study.LoadedStudy;
import org.cogov.dsl.study.StudyLoader;
import org.cogov.dsl.synthetic.SyntheticStudy;
import org.cogov.model.resource.CogovResourceFactory;
import org.cogov.model.resource.ModelFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The synthetic studies the benchmarks read: generated once per seed and size into {@code target/studies} (the
 * generator is deterministic, so a folder that exists holds the right files) and, for the loading comparison, the
 * same study saved as XMI. Every benchmark checks that its study loaded without errors, so that no figure is
 * measured on a broken input.
 */
final class GeneratedStudies {

	/** The seed of every benchmark study; the README's figures were measured with it. */
	static final long SEED = 20260101L;

	private static final Path ROOT = Path.of(System.getProperty("cogov.benchmarks.studies", "target/studies")); //$NON-NLS-1$ //$NON-NLS-2$

	private GeneratedStudies() {
	}

	/** The folder of the generated study of a size, as CoGov text: one sources file and one file per case. */
	static synchronized Path text(int cases) throws IOException {
		Path folder = ROOT.resolve("cogov-" + SEED + "-" + cases).toAbsolutePath(); //$NON-NLS-1$ //$NON-NLS-2$
		if (!Files.isDirectory(folder)) {
			Path partial = Files.createDirectories(ROOT).resolve(folder.getFileName() + ".partial"); //$NON-NLS-1$
			deleteFolder(partial);
			new SyntheticStudy(SEED, cases).write(partial);
			Files.move(partial, folder); // only complete studies get the final name
		}
		return folder;
	}

	/**
	 * The same study as XMI, one .xmi file per .cogov file, with references between the files kept: the text
	 * study is loaded, all its models are copied together (so references point at the copies) and each copy is saved
	 * with the product's atomic, dangling-reference-checking save.
	 */
	static synchronized Path xmi(int cases) throws IOException {
		Path folder = ROOT.resolve("xmi-" + SEED + "-" + cases).toAbsolutePath(); //$NON-NLS-1$ //$NON-NLS-2$
		if (Files.isDirectory(folder)) {
			return folder;
		}
		Path partial = Files.createDirectories(ROOT).resolve(folder.getFileName() + ".partial"); //$NON-NLS-1$
		deleteFolder(partial);
		Files.createDirectories(partial);
		LoadedStudy study = load(text(cases));
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(CogovResourceFactory.XMI_EXTENSION, new CogovResourceFactory());
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Map<Resource, Resource> copies = new HashMap<>();
		for (Map.Entry<Path, Resource> entry : study.resources().entrySet()) {
			String name = entry.getKey().getFileName().toString().replace(".cogov", ".xmi"); //$NON-NLS-1$ //$NON-NLS-2$
			Resource copy = set.createResource(URI.createFileURI(partial.resolve(name).toString()));
			List<EObject> roots = List.copyOf(copier.copyAll(entry.getValue().getContents()));
			copy.getContents().addAll(roots);
			copies.put(entry.getValue(), copy);
		}
		copier.copyReferences();
		for (Resource copy : copies.values()) {
			ModelFiles.save(copy, Map.of());
		}
		Files.move(partial, folder);
		return folder;
	}

	/** Loads a study folder without validation (parse and link, or read XMI and resolve) and refuses a broken one. */
	static LoadedStudy load(Path folder) {
		LoadedStudy study = StudyLoader.standalone().load(List.of(folder), false, StudyLoader.Progress.NONE);
		requireNoErrors(study.diagnostics(), folder);
		return study;
	}

	static void requireNoErrors(List<FileDiagnostic> diagnostics, Object what) {
		List<FileDiagnostic> errors = diagnostics.stream().filter(FileDiagnostic::isError).toList();
		if (!errors.isEmpty()) {
			throw new IllegalStateException(what + " has " + errors.size() + " error(s), first " + errors.get(0)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static void deleteFolder(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (var files = Files.walk(folder)) {
			for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
