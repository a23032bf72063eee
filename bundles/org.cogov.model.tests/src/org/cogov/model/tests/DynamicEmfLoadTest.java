/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.model.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.impl.DynamicEObjectImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Another EMF tool with nothing but cogov.ecore must be able to read CoGov XMI files. */
public class DynamicEmfLoadTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	static File ecoreFile() {
		File inReactor = new File("../org.cogov.model/model/cogov.ecore");
		assertTrue("cogov.ecore not found from " + new File(".").getAbsolutePath(), inReactor.isFile());
		return inReactor;
	}

	@Test
	public void xmiLoadsWithDynamicEmfFromTheEcoreAlone() throws Exception {
		File xmi = XmiRoundTripTest.save(CountyAFixture.create(), folder.newFile("dynamic.xmi"));

		ResourceSet set = new ResourceSetImpl(); // its own package registry: the generated package is not used
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		Resource ecore = set.getResource(URI.createFileURI(ecoreFile().getAbsolutePath()), true);
		EPackage dynamicPackage = (EPackage) ecore.getContents().get(0);
		set.getPackageRegistry().put(dynamicPackage.getNsURI(), dynamicPackage);

		Resource resource = set.getResource(URI.createFileURI(xmi.getAbsolutePath()), true);
		assertTrue(resource.getErrors().toString(), resource.getErrors().isEmpty());
		EObject study = resource.getContents().get(0);
		assertTrue("expected a dynamic object, got " + study.getClass(), study instanceof DynamicEObjectImpl);
		assertEquals("Study", study.eClass().getName());

		EObject countyA = list(study, "cases").get(0);
		assertEquals("CountyA", get(countyA, "name"));
		assertEquals(11, list(countyA, "actors").size());
		EObject phase = list(countyA, "phases").get(0);
		EObject joint = list(phase, "bodies").get(1);
		EObject chair = (EObject) get(joint, "chair");
		assertNotNull(chair);
		assertFalse(chair.eIsProxy());
		assertEquals("大数据局", get(chair, "label"));
		EClass department = (EClass) dynamicPackage.getEClassifier("GovernmentDepartment");
		assertEquals(department, chair.eClass());
		assertEquals("DATA_AUTHORITY", get(chair, "kind").toString());
	}

	private static Object get(EObject object, String feature) {
		EStructuralFeature f = object.eClass().getEStructuralFeature(feature);
		assertNotNull(object.eClass().getName() + "." + feature, f);
		return object.eGet(f);
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> list(EObject object, String feature) {
		return (List<EObject>) get(object, feature);
	}
}
