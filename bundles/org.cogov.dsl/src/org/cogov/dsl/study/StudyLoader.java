/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.study;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cogov.dsl.CogovStandaloneSetup;
import org.cogov.dsl.study.FileDiagnostic.Severity;
import org.cogov.model.resource.CogovResourceFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * Loads the files of a study — CoGov text ({@code *.cogov}) and XMI ({@code *.xmi}), given one by one or as
 * folders — into one resource set, resolves the references between them and validates them. Every problem becomes
 * a located {@link FileDiagnostic}: missing or unreadable files, text that is not UTF-8, corrupt XMI, syntax and
 * linking errors and the governance rules. Nothing here throws for bad input.
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
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(CogovResourceFactory.XMI_EXTENSION,
				new CogovResourceFactory());
		Map<Path, Resource> resources = new LinkedHashMap<>();
		int done = 0;
		for (Path file : files) {
			progress.step(done++, files.size(), "reading " + file.getFileName()); //$NON-NLS-1$
			Resource resource = read(set, file, diagnostics);
			if (resource != null) {
				resources.put(file, resource);
			}
		}
		progress.step(done, files.size(), "linking"); //$NON-NLS-1$
		EcoreUtil.resolveAll(set);
		if (validate) {
			done = 0;
			for (Map.Entry<Path, Resource> entry : resources.entrySet()) {
				progress.step(done++, resources.size(), "checking " + entry.getKey().getFileName()); //$NON-NLS-1$
				diagnostics.addAll(validator.validate(entry.getKey(), entry.getValue()));
			}
		}
		diagnostics.sort(Comparator.comparing((FileDiagnostic d) -> d.file().toString()).thenComparingInt(FileDiagnostic::line)
				.thenComparingInt(FileDiagnostic::column));
		return new LoadedStudy(set, resources, diagnostics);
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

	private Resource read(XtextResourceSet set, Path file, List<FileDiagnostic> diagnostics) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			diagnostics.add(problem(file, FileDiagnostic.IO, "the file disappeared while it was being read")); //$NON-NLS-1$
			return null;
		} catch (IOException | OutOfMemoryError e) {
			diagnostics.add(problem(file, FileDiagnostic.IO, "cannot read the file: " + e.getMessage())); //$NON-NLS-1$
			return null;
		}
		Resource resource = set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		if (resource == null) {
			diagnostics.add(problem(file, FileDiagnostic.IO, "no reader for this kind of file")); //$NON-NLS-1$
			return null;
		}
		if (resource instanceof XtextResource) {
			String text = utf8(file, bytes, diagnostics);
			if (text == null) {
				set.getResources().remove(resource);
				return null;
			}
			bytes = text.getBytes(StandardCharsets.UTF_8);
		}
		try {
			resource.load(new ByteArrayInputStream(bytes), set.getLoadOptions());
		} catch (IOException | RuntimeException e) {
			// corrupt XMI: the parser's message names the line and column
			diagnostics.addAll(XmiProblems.of(file, resource, e));
			return resource.getContents().isEmpty() ? null : resource;
		}
		return resource;
	}

	/** The text of a CoGov file, which must be UTF-8 (a byte-order mark is skipped). */
	private static String utf8(Path file, byte[] bytes, List<FileDiagnostic> diagnostics) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int at = in.position();
			int line = 1;
			for (int i = 0; i < at; i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			diagnostics.add(new FileDiagnostic(file, line, 1, Severity.ERROR, FileDiagnostic.ENCODING,
					"the file is not UTF-8 text (first bad byte at offset " + at //$NON-NLS-1$
							+ "); save it as UTF-8 (it may be GBK-encoded)")); //$NON-NLS-1$
			return null;
		}
		decoder.flush(out);
		out.flip();
		String text = out.toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text; //$NON-NLS-1$
	}

	static FileDiagnostic problem(Path file, String code, String message) {
		return new FileDiagnostic(file, 0, 0, Severity.ERROR, code, message);
	}
}
