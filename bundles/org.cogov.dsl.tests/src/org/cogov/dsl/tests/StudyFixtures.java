/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.tests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.cogov.model.Actor;
import org.cogov.model.NamedElement;
import org.cogov.model.PlatformCase;
import org.cogov.model.Study;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/** Loads test and example files of the CoGov language into resource sets, as the tools do. */
public final class StudyFixtures {

	private StudyFixtures() {
	}

	public static Injector injector() {
		return new CogovInjectorProvider().getInjector();
	}

	/** The repository's examples folder, seen from the test bundle. */
	public static File examplesFolder() {
		File folder = new File("../../examples");
		if (!folder.isDirectory()) {
			throw new IllegalStateException("examples folder not found from " + new File(".").getAbsolutePath());
		}
		return folder;
	}

	public static List<File> exampleFiles() {
		List<File> files = new ArrayList<>();
		File[] found = examplesFolder().listFiles((dir, name) -> name.endsWith(".cogov"));
		for (File f : found) {
			files.add(f);
		}
		files.sort(null);
		return files;
	}

	/** Loads all files into one resource set and resolves every reference. */
	public static XtextResourceSet load(Injector injector, List<File> files) {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		for (File f : files) {
			set.getResource(URI.createFileURI(f.getAbsolutePath()), true);
		}
		EcoreUtil.resolveAll(set);
		return set;
	}

	public static XtextResource parse(Injector injector, String fileName, String text) throws IOException {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		return parse(set, fileName, text);
	}

	public static XtextResource parse(XtextResourceSet set, String fileName, String text) throws IOException {
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("memory:/" + fileName));
		resource.load(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}

	public static String read(File file) throws IOException {
		return Files.readString(file.toPath(), StandardCharsets.UTF_8);
	}

	public static List<Issue> issues(Resource resource) {
		IResourceValidator validator = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator();
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	public static List<Issue> errors(Resource resource) {
		return issues(resource).stream().filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)
				.collect(Collectors.toList());
	}

	public static Study study(Resource resource) {
		return (Study) resource.getContents().get(0);
	}

	public static PlatformCase caseNamed(Study study, String name) {
		return study.getCases().stream().filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
	}

	public static Actor actor(PlatformCase c, String name) {
		return c.getActors().stream().filter(a -> name.equals(a.getName())).findFirst().orElseThrow();
	}

	public static <T extends NamedElement> T named(List<T> elements, String name) {
		return elements.stream().filter(e -> name.equals(e.getName())).findFirst().orElseThrow();
	}
}
