/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.study;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.LazyStringInputStream;

/**
 * Reads one study file into a resource of its own, not yet part of the study's resource set: CoGov text is checked
 * to be UTF-8 and parsed, XMI is read. Because nothing here touches the resource set, several files can be read at
 * the same time; linking happens afterwards, with all files in the set. Every problem becomes a diagnostic.
 */
final class StudyFileReader {

	/** A file as read: its resource (null when nothing usable could be read) and what went wrong. */
	record FileRead(Path file, Resource resource, List<FileDiagnostic> diagnostics) {
	}

	private final Resource.Factory.Registry factories;
	private final Map<?, ?> loadOptions;

	StudyFileReader(Resource.Factory.Registry factories, Map<?, ?> loadOptions) {
		this.factories = factories;
		this.loadOptions = loadOptions;
	}

	FileRead read(Path file) {
		List<FileDiagnostic> diagnostics = new ArrayList<>();
		try {
			return new FileRead(file, read(file, diagnostics), diagnostics);
		} catch (OutOfMemoryError e) {
			// the limit below leaves room for one file; several large files read at once may still not fit
			diagnostics.add(StudyLoader.problem(file, FileDiagnostic.IO, "not enough memory to read this file; give Java more " //$NON-NLS-1$
					+ "memory (-Xmx) or split the study into one file per case")); //$NON-NLS-1$
			return new FileRead(file, null, diagnostics);
		} catch (RuntimeException | LinkageError e) {
			// a defect of ours, not of the file: still a located message instead of a failed load
			diagnostics.add(StudyLoader.problem(file, FileDiagnostic.IO, "cannot read the file: " + e)); //$NON-NLS-1$
			return new FileRead(file, null, diagnostics);
		}
	}

	/**
	 * The resource set's load options, with a URI handler of its own for an XMI file. Why: the set's handler keeps
	 * the base URI of the file it is reading, and files are read side by side; a shared one made parallel XMI loads
	 * resolve references against another file's URI, or fail on a missing one.
	 */
	private Map<?, ?> optionsFor(Resource resource) {
		if (resource instanceof XtextResource || !loadOptions.containsKey(XMLResource.OPTION_URI_HANDLER)) {
			return loadOptions;
		}
		Map<Object, Object> own = new HashMap<>(loadOptions);
		own.put(XMLResource.OPTION_URI_HANDLER, new URIHandlerImpl.PlatformSchemeAware());
		return own;
	}

	private Resource read(Path file, List<FileDiagnostic> diagnostics) {
		String tooLarge = FileSizeLimit.check(file);
		if (tooLarge != null) {
			diagnostics.add(StudyLoader.problem(file, FileDiagnostic.IO, tooLarge));
			return null;
		}
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			diagnostics.add(StudyLoader.problem(file, FileDiagnostic.IO, "the file disappeared while it was being read")); //$NON-NLS-1$
			return null;
		} catch (IOException | OutOfMemoryError e) {
			diagnostics.add(StudyLoader.problem(file, FileDiagnostic.IO, "cannot read the file: " + e.getMessage())); //$NON-NLS-1$
			return null;
		}
		URI uri = URI.createFileURI(file.toAbsolutePath().toString());
		Resource.Factory factory = factories.getFactory(uri);
		Resource resource = factory == null ? null : factory.createResource(uri);
		if (resource == null) {
			diagnostics.add(StudyLoader.problem(file, FileDiagnostic.IO, "no reader for this kind of file")); //$NON-NLS-1$
			return null;
		}
		InputStream content = new ByteArrayInputStream(bytes);
		if (resource instanceof XtextResource) {
			String text = TextEncoding.utf8(file, bytes, diagnostics);
			if (text == null) {
				return null;
			}
			content = new LazyStringInputStream(text, StandardCharsets.UTF_8.name()); // Xtext parses the string as it is
		}
		try {
			resource.load(content, optionsFor(resource));
		} catch (IOException | RuntimeException e) {
			// corrupt XMI: the parser's message names the line and column
			diagnostics.addAll(XmiProblems.of(file, resource, e));
			return resource.getContents().isEmpty() ? null : resource;
		}
		StudyIndex.prepare(resource);
		return resource;
	}
}
