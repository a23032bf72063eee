/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.cogov.model.resource.CogovResourceFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.google.inject.Injector;

/**
 * DSL -> XMI -> DSL for the example study and the every-construct file: the model read from XMI (no node
 * model left) is serialized to CoGov text that parses back to an equal model.
 */
public class DslXmiRoundTripTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	@Test
	public void exampleStudyRoundTripsThroughXmi() throws Exception {
		List<File> files = new ArrayList<>(StudyFixtures.exampleFiles());
		assertEquals("the example study has a sources file and four cases", 5, files.size());
		roundTrip(files);
	}

	@Test
	public void everyConstructRoundTripsThroughXmi() throws Exception {
		roundTrip(List.of(new File("resources/every-construct.cogov")));
	}

	private void roundTrip(List<File> files) throws Exception {
		Injector injector = StudyFixtures.injector();
		XtextResourceSet original = StudyFixtures.load(injector, files);
		List<EObject> originalRoots = roots(original.getResources());

		// 1. to XMI, one file per DSL file, references between them kept
		ResourceSet xmiSet = new ResourceSetImpl();
		xmiSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new CogovResourceFactory());
		Collection<EObject> copies = EcoreUtil.copyAll(originalRoots);
		int i = 0;
		for (EObject copy : copies) {
			File xmi = new File(folder.getRoot(), files.get(i++).getName().replace(".cogov", ".xmi"));
			Resource resource = xmiSet.createResource(URI.createFileURI(xmi.getAbsolutePath()));
			resource.getContents().add(copy);
		}
		for (Resource resource : xmiSet.getResources()) {
			resource.save(Collections.emptyMap());
		}

		// 2. read the XMI files back in a fresh resource set
		ResourceSet fresh = new ResourceSetImpl();
		fresh.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new CogovResourceFactory());
		List<Resource> loaded = new ArrayList<>();
		for (Resource resource : xmiSet.getResources()) {
			loaded.add(fresh.getResource(resource.getURI(), true));
		}
		EcoreUtil.resolveAll(fresh);
		for (Resource resource : loaded) {
			assertTrue(resource.getErrors().toString(), resource.getErrors().isEmpty());
		}

		// 3. serialize to CoGov text without any node model
		XtextResourceSet dslSet = injector.getInstance(XtextResourceSet.class);
		Collection<EObject> fromXmi = EcoreUtil.copyAll(roots(loaded));
		List<XtextResource> serialized = new ArrayList<>();
		i = 0;
		for (EObject root : fromXmi) {
			XtextResource resource = (XtextResource) dslSet.createResource(URI.createURI("memory:/" + files.get(i++).getName()));
			resource.getContents().add(root);
			serialized.add(resource);
		}
		List<String> texts = new ArrayList<>();
		for (XtextResource resource : serialized) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			resource.save(out, SaveOptions.newBuilder().format().getOptions().toOptionsMap());
			texts.add(out.toString(StandardCharsets.UTF_8));
		}

		// 4. parse the texts again and compare with the original models
		XtextResourceSet reparsedSet = injector.getInstance(XtextResourceSet.class);
		List<Resource> reparsed = new ArrayList<>();
		for (int k = 0; k < texts.size(); k++) {
			reparsed.add(StudyFixtures.parse(reparsedSet, files.get(k).getName(), texts.get(k)));
		}
		EcoreUtil.resolveAll(reparsedSet);
		for (int k = 0; k < reparsed.size(); k++) {
			assertTrue(files.get(k).getName() + ":\n" + reparsed.get(k).getErrors() + "\n" + texts.get(k),
					reparsed.get(k).getErrors().isEmpty());
		}
		assertTrue("the model changed on its way through XMI and back to text:\n" + String.join("\n", texts),
				EcoreUtil.equals(originalRoots, roots(reparsed)));
	}

	private static List<EObject> roots(List<Resource> resources) {
		List<EObject> roots = new ArrayList<>();
		for (Resource resource : resources) {
			roots.addAll(resource.getContents());
		}
		return roots;
	}
}
