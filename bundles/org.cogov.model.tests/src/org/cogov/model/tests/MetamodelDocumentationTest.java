/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.model.tests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.cogov.model.CogovPackage;
import org.cogov.model.NamedElement;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Every class, feature, enum and literal of cogov.ecore carries documentation; named containments are keyed. */
@RunWith(Parameterized.class)
public class MetamodelDocumentationTest {

	@Parameters(name = "{0}")
	public static Collection<Object[]> elements() {
		List<Object[]> result = new ArrayList<>();
		for (EClassifier classifier : CogovPackage.eINSTANCE.getEClassifiers()) {
			result.add(new Object[] { classifier.getName(), classifier });
			if (classifier instanceof EClass eClass) {
				for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
					result.add(new Object[] { eClass.getName() + "." + feature.getName(), feature });
				}
			}
			if (classifier instanceof EEnum eEnum) {
				for (EEnumLiteral literal : eEnum.getELiterals()) {
					result.add(new Object[] { eEnum.getName() + "." + literal.getName(), literal });
				}
			}
		}
		return result;
	}

	private final ENamedElement element;

	public MetamodelDocumentationTest(String name, ENamedElement element) {
		this.element = element;
	}

	@Test
	public void isDocumented() {
		String documentation = EcoreUtil.getDocumentation(element);
		assertNotNull(element.getName() + " has no documentation", documentation);
		assertFalse(element.getName() + " has empty documentation", documentation.isBlank());
	}

	@Test
	public void namedContainmentsOfReferencedElementsAreKeyedByName() {
		if (element instanceof EReference reference && reference.isContainment() && reference.isMany()
				&& NamedElement.class.isAssignableFrom(reference.getEReferenceType().getInstanceClass())
				&& !reference.getName().equals("links") && !reference.getName().equals("causalClaims")) {
			assertTrue(reference.getName() + " should carry eKeys=name for stable references",
					reference.getEKeys().contains(CogovPackage.Literals.NAMED_ELEMENT__NAME));
		}
	}
}
