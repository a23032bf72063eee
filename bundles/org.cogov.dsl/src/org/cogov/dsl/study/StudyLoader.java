/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.cogov.dsl.CogovStandaloneSetup;
import org.cogov.dsl.study.FileDiagnostic.Severity;
import org.cogov.model.resource.CogovResourceFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * Loads the files of a study — CoGov text ({@code *.cogov}) and XMI ({@code *.xmi}), given one by one or as
 * folders — into one resource set, resolves the references between them and validates them. Every problem becomes
 * a located {@link FileDiagnostic}: missing or unreadable files, text that is not UTF-8, corrupt XMI, syntax and
 * linking errors and the governance rules. Nothing here throws for bad input.
 * <p>
 * Files are read and parsed side by side ({@link StudyReading}), then linked and validated one after the other.
 */
public class StudyLoader {

	/** Told how far loading has come, for a progress line. */
	public interface Progress {
		void step(int done, int total, String what);

		Progress NONE = (done, total, what) -> { };
	}

	public static final String DSL_EXTENSION = "cogov"; //$NON-NLS-1$

	private static Injector standaloneInjector;

	private final Injector injector;
	private final StudyValidator validator = new StudyValidator();

	public StudyLoader(Injector injector) {
		this.injector = injector;
	}

	/** A loader outside OSGi (command line, benchmarks), sharing one language set-up per process. */
	public static synchronized StudyLoader standalone() {
		if (standaloneInjector == null) {
			standaloneInjector = CogovStandaloneSetup.doSetup();
		}
		return new StudyLoader(standaloneInjector);
	}

	public LoadedStudy load(List<Path> paths) {
		return load(paths, true, Progress.NONE);
	}

	public LoadedStudy load(List<Path> paths, boolean validate, Progress progress) {
		List<FileDiagnostic> diagnostics = new ArrayList<>();
		List<Path> files = expand(paths, diagnostics);
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		// this injector's parser, not whichever injector registered itself globally last; nothing but study files
		LocalStudyFiles.apply(set, injector.getInstance(IResourceFactory.class));
		StudyIndex.install(set); // files are indexed as they join the set, so that linking is one lookup per name
		Map<Path, Resource> resources = new LinkedHashMap<>();
		StudyFileReader reader = new StudyFileReader(set.getResourceFactoryRegistry(), set.getLoadOptions());
		for (StudyFileReader.FileRead read : StudyReading.readAll(reader, files, progress)) {
			diagnostics.addAll(read.diagnostics());
			if (read.resource() != null) {
				set.getResources().add(read.resource());
				resources.put(read.file(), read.resource());
			}
		}
		progress.step(files.size(), files.size(), "linking"); //$NON-NLS-1$
		resolveAll(set, StudyLinking.linkAll(List.copyOf(resources.values())));
		if (validate) {
			diagnostics.addAll(validate(resources, progress));
		}
		sort(diagnostics);
		return new LoadedStudy(set, resources, diagnostics);
	}

	/**
	 * Resolves the references of every file of the set that is not linked yet, as {@link EcoreUtil#resolveAll}
	 * does, including files that resolving loads on demand (they join the set and are resolved in turn).
	 */
	private static void resolveAll(ResourceSet set, Set<Resource> linked) {
		List<Resource> all = set.getResources();
		for (int i = 0; i < all.size(); i++) {
			if (!linked.contains(all.get(i))) {
				EcoreUtil.resolveAll(all.get(i));
			}
		}
	}

	/**
	 * Validates every file of a loaded study again, as loading with validation does: syntax, linking and the
	 * governance rules for text, the rules for XMI. For callers that loaded without validation or changed the
	 * settings since (and for timing validation alone). Problems found while reading are not repeated here.
	 *
	 * @return the findings sorted by file, line and column
	 */
	public List<FileDiagnostic> validate(LoadedStudy study, Progress progress) {
		List<FileDiagnostic> diagnostics = validate(study.resources(), progress);
		sort(diagnostics);
		return diagnostics;
	}

	private List<FileDiagnostic> validate(Map<Path, Resource> resources, Progress progress) {
		List<FileDiagnostic> diagnostics = new ArrayList<>();
		int done = 0;
		for (Map.Entry<Path, Resource> entry : resources.entrySet()) {
			progress.step(done++, resources.size(), "checking " + entry.getKey().getFileName()); //$NON-NLS-1$
			diagnostics.addAll(validator.validate(entry.getKey(), entry.getValue()));
		}
		return diagnostics;
	}

	private static void sort(List<FileDiagnostic> diagnostics) {
		diagnostics.sort(Comparator.comparing((FileDiagnostic d) -> d.file().toString()).thenComparingInt(FileDiagnostic::line)
				.thenComparingInt(FileDiagnostic::column));
	}

	/** Files and folders to the study files they hold, reporting what does not exist or holds nothing. */
	private static List<Path> expand(List<Path> paths, List<FileDiagnostic> diagnostics) {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					List<Path> found = walk.filter(Files::isRegularFile).filter(StudyLoader::isStudyFile).sorted().toList();
					if (found.isEmpty()) {
						diagnostics.add(problem(path, FileDiagnostic.IO, "no .cogov or .xmi files in this folder")); //$NON-NLS-1$
					}
					files.addAll(found);
				} catch (IOException | java.io.UncheckedIOException e) {
					diagnostics.add(problem(path, FileDiagnostic.IO, "cannot read the folder: " + e.getMessage())); //$NON-NLS-1$
				}
			} else if (!Files.exists(path)) {
				diagnostics.add(problem(path, FileDiagnostic.IO, "file not found")); //$NON-NLS-1$
			} else if (!isStudyFile(path)) {
				diagnostics.add(problem(path, FileDiagnostic.IO, "not a study file: expected a .cogov or .xmi file")); //$NON-NLS-1$
			} else if (!Files.isRegularFile(path)) {
				// reading a pipe or a device would wait for ever or read without end
				diagnostics.add(problem(path, FileDiagnostic.IO, "not a regular file (a pipe, a device or a socket)")); //$NON-NLS-1$
			} else {
				files.add(path);
			}
		}
		return files;
	}

	static boolean isStudyFile(Path path) {
		String name = path.getFileName().toString();
		return name.endsWith("." + DSL_EXTENSION) || name.endsWith("." + CogovResourceFactory.XMI_EXTENSION); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static FileDiagnostic problem(Path file, String code, String message) {
		return new FileDiagnostic(file, 0, 0, Severity.ERROR, code, message);
	}
}
