/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cogov.design.Activator;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;

/**
 * The .odesign names only what exists: every class, feature, enum literal and service it uses is checked against
 * cogov.ecore and the service classes. Needs no Sirius and no shared tools, so it runs in every clone.
 */
public class OdesignVocabularyTest {

	private static String odesign;
	private static List<Class<?>> services;
	private static CogovVocabulary vocabulary;

	@BeforeClass
	public static void readSpecification() throws IOException, ClassNotFoundException {
		odesign = Files.readString(BundleFiles.design("description/cogov.odesign").toPath(), StandardCharsets.UTF_8); //$NON-NLS-1$
		services = new ArrayList<>();
		for (String name : OdesignVocabularyCheck.javaExtensions(parse(odesign))) {
			// Sirius loads the services through the bundle that holds the .odesign: do the same
			services.add(Class.forName(name, true, Activator.class.getClassLoader()));
		}
		vocabulary = new CogovVocabulary(BundleFiles.model("model/cogov.ecore"), services); //$NON-NLS-1$
	}

	private static Document parse(String text) throws IOException {
		try (InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
			return OdesignVocabularyCheck.parse(in);
		}
	}

	private static OdesignVocabularyCheck check(String text) throws IOException {
		OdesignVocabularyCheck check = new OdesignVocabularyCheck(vocabulary);
		check.check(parse(text));
		return check;
	}

	@Test
	public void everyNameInTheSpecificationExists() throws IOException {
		OdesignVocabularyCheck check = check(odesign);
		assertEquals("", String.join("\n", check.problems())); //$NON-NLS-1$ //$NON-NLS-2$
		// the check must have seen the specification, not an empty walk
		assertTrue(check.expressions() > 150);
		assertTrue(check.classReferences() > 60);
		assertTrue(check.navigation().stepsChecked() > 40);
		assertTrue(check.navigation().servicesCalled().containsAll(List.of("actorShareLabel", "isGovernanceRisk", //$NON-NLS-1$ //$NON-NLS-2$
				"isDataAuthority", "activeLinks", "departments", "freshName", "enumLiteral"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	@Test
	public void mistakesOfEveryKindAreFound() throws IOException {
		String broken = odesign.replace("aql:self.responsibilities\"", "aql:self.responsibilites\"") //$NON-NLS-1$ //$NON-NLS-2$
				.replace("domainClass=\"model::DecisionItem\"", "domainClass=\"model::DecisionItm\"") //$NON-NLS-1$ //$NON-NLS-2$
				.replace("aql:self.isPaperBody()", "aql:self.isPaperBdy()") //$NON-NLS-1$ //$NON-NLS-2$
				.replace("model::LinkKind::SECONDMENT", "model::LinkKind::SECONDED") //$NON-NLS-1$ //$NON-NLS-2$
				.replace("featureName=\"chair\"", "featureName=\"chairs\"") //$NON-NLS-1$ //$NON-NLS-2$
				.replace("referenceName=\"rights\"", "referenceName=\"right\"") //$NON-NLS-1$ //$NON-NLS-2$
				.replace("aql:self.actorShareLabel(view)", "aql:self.actorShareLabel()"); //$NON-NLS-1$ //$NON-NLS-2$
		String problems = String.join("\n", check(broken).problems()); //$NON-NLS-1$
		for (String expected : new String[] { "no feature 'responsibilites'", "no class model::DecisionItm", //$NON-NLS-1$ //$NON-NLS-2$
				"no service isPaperBdy", "no enum literal LinkKind::SECONDED", "no feature chairs", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"no containment right ", "service actorShareLabel takes 1 argument(s), not 0" }) { //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(expected + " in\n" + problems, problems.contains(expected)); //$NON-NLS-1$
		}
	}

	@Test
	public void servicesArePublicClassesSiriusCanCreate() throws ReflectiveOperationException {
		assertEquals(10, services.size());
		for (Class<?> type : services) {
			assertTrue(type.getName(), Modifier.isPublic(type.getModifiers()));
			assertTrue(type.getName(), Modifier.isPublic(type.getConstructor().getModifiers()));
			type.getConstructor().newInstance();
		}
	}

	@Test
	public void serviceNamesAreUniqueAcrossTheClasses() {
		// AQL resolves a service by name and argument types over all Java extensions of the viewpoint
		for (String name : vocabulary.serviceNames()) {
			Set<Class<?>> owners = new HashSet<>();
			vocabulary.services(name).forEach(method -> owners.add(method.getDeclaringClass()));
			assertEquals(name + " is declared by " + owners, 1, owners.size()); //$NON-NLS-1$
		}
		assertTrue(vocabulary.serviceNames().size() > 40);
	}

	@Test
	public void imagesNamedInTheSpecificationAreInTheBundle() throws IOException {
		List<String> paths = new ArrayList<>(check(odesign).imagePaths());
		assertTrue(paths.contains("/org.cogov.design/icons/governance-risk.png")); //$NON-NLS-1$
		for (String path : paths) {
			assertTrue(path, path.startsWith("/org.cogov.design/")); //$NON-NLS-1$
			try (InputStream in = new FileInputStream(BundleFiles.design(path.substring("/org.cogov.design/".length())))) { //$NON-NLS-1$
				byte[] header = in.readNBytes(4);
				assertEquals(path + " is a PNG", "\u0089PNG", new String(header, StandardCharsets.ISO_8859_1)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}
}
