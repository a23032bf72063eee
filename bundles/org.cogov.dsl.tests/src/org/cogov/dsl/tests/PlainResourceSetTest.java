/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;

import org.cogov.dsl.CogovResourceFactoryExtension;
import org.cogov.model.CollaborationLink;
import org.cogov.model.PlatformCase;
import org.cogov.model.Study;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.Test;

/**
 * A study opened by an EMF client that knows nothing of Xtext (a Sirius session): a plain resource set with the
 * factory that the {@code extension_parser} registration contributes, holding the sources and a case file.
 */
public class PlainResourceSetTest {

	@Test
	public void aCaseFileLinksToTheSharedSourcesInAPlainResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("cogov", new CogovResourceFactoryExtension());
		// a modeling project holds every file of the study, as the study's own loader does
		for (File file : StudyFixtures.exampleFiles()) {
			resourceSet.getResource(URI.createFileURI(file.getAbsolutePath()), true);
		}
		Resource countyA = resourceSet.getResource(
				URI.createFileURI(new File(StudyFixtures.examplesFolder(), "county-a.cogov").getAbsolutePath()), false);
		EcoreUtil.resolveAll(resourceSet);
		Study study = (Study) countyA.getContents().get(0);
		PlatformCase caseA = study.getCases().get(0);
		assertEquals("CountyA", caseA.getName());
		assertFalse(caseA.getLinks().isEmpty());
		for (CollaborationLink link : caseA.getLinks()) {
			assertFalse("link ends resolve", link.getFrom().eIsProxy() || link.getTo().eIsProxy());
		}
		for (Resource resource : resourceSet.getResources()) {
			assertTrue(resource.getURI() + ": " + resource.getErrors(), resource.getErrors().isEmpty());
		}
		for (java.util.Iterator<EObject> all = countyA.getAllContents(); all.hasNext();) {
			EObject element = all.next();
			for (EObject target : element.eCrossReferences()) {
				assertFalse("a proxy left in " + element, target.eIsProxy());
			}
		}
	}
}
