/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.tests;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Stand-ins for Sirius views, built with dynamic EMF: a diagram and its nodes and edges with the feature names of
 * Sirius' own (target, ownedDiagramElements, sourceNode, targetNode). The services read views only through these
 * names, so the stand-ins show how they behave on the variables view, sourceView and elementView of a live Sirius.
 */
public final class FakeViews {

	private static final EcoreFactory F = EcoreFactory.eINSTANCE;
	private static final EPackage PACKAGE = F.createEPackage();
	private static final EClass ELEMENT = F.createEClass();
	private static final EClass EDGE = F.createEClass();
	private static final EClass DIAGRAM = F.createEClass();

	static {
		PACKAGE.setName("fakeviews"); //$NON-NLS-1$
		PACKAGE.setNsURI("http://test.cogov.org/fake-sirius-views"); //$NON-NLS-1$
		PACKAGE.setNsPrefix("fakeviews"); //$NON-NLS-1$
		ELEMENT.setName("DNode"); //$NON-NLS-1$
		reference(ELEMENT, "target", EcorePackage.Literals.EOBJECT, false); //$NON-NLS-1$
		EDGE.setName("DEdge"); //$NON-NLS-1$
		EDGE.getESuperTypes().add(ELEMENT);
		reference(EDGE, "sourceNode", ELEMENT, false); //$NON-NLS-1$
		reference(EDGE, "targetNode", ELEMENT, false); //$NON-NLS-1$
		DIAGRAM.setName("DSemanticDiagram"); //$NON-NLS-1$
		reference(DIAGRAM, "target", EcorePackage.Literals.EOBJECT, false); //$NON-NLS-1$
		reference(DIAGRAM, "ownedDiagramElements", ELEMENT, true); //$NON-NLS-1$
		PACKAGE.getEClassifiers().add(ELEMENT);
		PACKAGE.getEClassifiers().add(EDGE);
		PACKAGE.getEClassifiers().add(DIAGRAM);
	}

	private final EObject diagram;

	/** A diagram of the given root element (a phase or a case). */
	public FakeViews(EObject root) {
		diagram = EcoreUtil.create(DIAGRAM);
		set(diagram, "target", root); //$NON-NLS-1$
	}

	private static void reference(EClass owner, String name, EClass type, boolean containment) {
		EReference reference = F.createEReference();
		reference.setName(name);
		reference.setEType(type);
		reference.setContainment(containment);
		reference.setUpperBound(containment ? -1 : 1);
		owner.getEStructuralFeatures().add(reference);
	}

	private static void set(EObject object, String feature, Object value) {
		object.eSet(object.eClass().getEStructuralFeature(feature), value);
	}

	@SuppressWarnings("unchecked")
	private EObject add(EObject element) {
		((java.util.List<EObject>) diagram.eGet(DIAGRAM.getEStructuralFeature("ownedDiagramElements"))).add(element); //$NON-NLS-1$
		return element;
	}

	/** The diagram view itself. */
	public EObject diagram() {
		return diagram;
	}

	/** A node view of a semantic element on the diagram. */
	public EObject node(EObject target) {
		EObject node = EcoreUtil.create(ELEMENT);
		set(node, "target", target); //$NON-NLS-1$
		return add(node);
	}

	/** An edge view between two node views; a relation edge's target is its source's element. */
	public EObject edge(EObject source, EObject target) {
		EObject edge = EcoreUtil.create(EDGE);
		set(edge, "sourceNode", source); //$NON-NLS-1$
		set(edge, "targetNode", target); //$NON-NLS-1$
		set(edge, "target", source.eGet(ELEMENT.getEStructuralFeature("target"))); //$NON-NLS-1$ //$NON-NLS-2$
		return add(edge);
	}
}
