/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.tests.synthetic;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cogov.dsl.study.FileDiagnostic;
import org.cogov.dsl.study.LoadedStudy;
import org.cogov.dsl.study.StudyLoader;
import org.cogov.dsl.synthetic.SyntheticStudy;
import org.cogov.dsl.tests.StudyFixtures;
import org.cogov.model.resource.CogovResourceFactory;
import org.cogov.model.resource.ModelFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Files of a study are read, and text files linked, side by side: loading the same study again and again gives the
 * same models every time, without errors, from CoGov text and from XMI. (XMI files once shared the resource set's
 * URI handler, which keeps the base URI of the file it reads, and sometimes failed as "corrupt".)
 */
public class ParallelLoadingTest {

	@ClassRule
	public static TemporaryFolder folder = new TemporaryFolder();

	private static Path text;
	private static Path xmi;

	@BeforeClass
	public static void writeAStudyAsTextAndAsXmi() throws Exception {
		text = folder.newFolder("text").toPath();
		new SyntheticStudy(7, 40).write(text);
		xmi = folder.newFolder("xmi").toPath();
		LoadedStudy study = load(text);
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(CogovResourceFactory.XMI_EXTENSION, new CogovResourceFactory());
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		List<Resource> copies = new ArrayList<>();
		for (Map.Entry<Path, Resource> entry : study.resources().entrySet()) {
			Resource copy = set.createResource(URI.createFileURI(
					xmi.resolve(entry.getKey().getFileName().toString().replace(".cogov", ".xmi")).toString()));
			copy.getContents().addAll(copier.copyAll(entry.getValue().getContents()));
			copies.add(copy);
		}
		copier.copyReferences(); // references between the files point at the copies
		for (Resource copy : copies) {
			ModelFiles.save(copy, Map.of());
		}
	}

	private static LoadedStudy load(Path study) {
		LoadedStudy loaded = new StudyLoader(StudyFixtures.injector()).load(List.of(study), false, StudyLoader.Progress.NONE);
		List<FileDiagnostic> errors = loaded.diagnostics().stream().filter(FileDiagnostic::isError).toList();
		assertTrue(errors.toString(), errors.isEmpty());
		return loaded;
	}

	/** Every cross reference of the study as "file: element.feature -> target file#element", sorted. */
	private static List<String> references(LoadedStudy study) {
		List<String> lines = new ArrayList<>();
		Map<Resource, String> names = new HashMap<>();
		study.resources().forEach((path, resource) -> names.put(resource, path.getFileName().toString().replaceAll("\\.(cogov|xmi)$", "")));
		for (Resource resource : study.resources().values()) {
			resource.getAllContents().forEachRemaining(element -> {
				for (EReference reference : element.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
						continue;
					}
					Object value = element.eGet(reference, false);
					for (Object target : value instanceof List<?> list ? list : value == null ? List.of() : List.of(value)) {
						EObject to = (EObject) target;
						assertFalse("unresolved " + EcoreUtil.getURI(to), to.eIsProxy());
						lines.add(names.get(resource) + ": " + resource.getURIFragment(element) + "." + reference.getName() + " -> "
								+ names.get(to.eResource()) + "#" + to.eResource().getURIFragment(to));
					}
				}
			});
		}
		lines.sort(null);
		return lines;
	}

	@Test
	public void theSameStudyLoadsTheSameEveryTimeFromTextAndFromXmi() {
		List<String> fromText = references(load(text));
		assertTrue("a study with references across files: " + fromText.size(), fromText.size() > 1000);
		for (int round = 0; round < 6; round++) {
			assertEquals("text, round " + round, fromText, references(load(text)));
			assertEquals("XMI, round " + round, fromText, references(load(xmi)));
		}
	}
}
