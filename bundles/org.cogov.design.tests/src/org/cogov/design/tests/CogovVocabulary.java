/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.tests;

import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * What an .odesign may name: the classes, features and enum literals of cogov.ecore (read from the file, not from
 * the generated package, so the check is against the metamodel as written) and the public methods of the Sirius
 * service classes whose first parameter is an EObject.
 */
public final class CogovVocabulary {

	private final EPackage ePackage;
	private final Map<String, List<Method>> services = new LinkedHashMap<>();

	/**
	 * @param ecore        the metamodel file
	 * @param serviceTypes the service classes the viewpoint declares as Java extensions
	 */
	public CogovVocabulary(File ecore, Collection<Class<?>> serviceTypes) {
		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl()); //$NON-NLS-1$
		Resource resource = resources.getResource(URI.createFileURI(ecore.getAbsolutePath()), true);
		ePackage = (EPackage) resource.getContents().get(0);
		for (Class<?> type : serviceTypes) {
			for (Method method : type.getMethods()) {
				if (method.getDeclaringClass() == type && Modifier.isPublic(method.getModifiers())
						&& method.getParameterCount() > 0 && method.getParameterTypes()[0] == EObject.class) {
					services.computeIfAbsent(method.getName(), name -> new ArrayList<>()).add(method);
				}
			}
		}
	}

	/** The EPackage's name, the qualifier of type names in the .odesign ("model"). */
	public String packageName() {
		return ePackage.getName();
	}

	/** The class named "model::X" or "model.X", or null. */
	public EClass eClass(String qualifiedName) {
		EClassifier classifier = classifier(qualifiedName);
		return classifier instanceof EClass eClass ? eClass : null;
	}

	/** The enum named "X" (unqualified), or null. */
	public EEnum eEnum(String name) {
		return ePackage.getEClassifier(name) instanceof EEnum eEnum ? eEnum : null;
	}

	private EClassifier classifier(String qualifiedName) {
		String[] parts = qualifiedName.contains("::") ? qualifiedName.split("::") : qualifiedName.split("\\."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (parts.length != 2 || !parts[0].equals(packageName())) {
			return null;
		}
		return ePackage.getEClassifier(parts[1]);
	}

	/** Every class of the metamodel. */
	public List<EClass> classes() {
		List<EClass> classes = new ArrayList<>();
		for (EClassifier classifier : ePackage.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				classes.add(eClass);
			}
		}
		return classes;
	}

	/** The features of that name in any of the classes (with their supertypes'); all classes when none is given. */
	public List<EStructuralFeature> features(Set<EClass> classes, String name) {
		Set<EStructuralFeature> found = new LinkedHashSet<>();
		for (EClass eClass : classes.isEmpty() ? classes() : classes) {
			EStructuralFeature feature = eClass.getEStructuralFeature(name);
			if (feature != null) {
				found.add(feature);
			}
		}
		return new ArrayList<>(found);
	}

	/** Whether some class has a containment of that name that can hold an instance of the given class. */
	public boolean canContain(Set<EClass> owners, String reference, EClass child) {
		for (EStructuralFeature feature : features(owners, reference)) {
			if (feature instanceof EReference ref && ref.isContainment() && ref.getEReferenceType().isSuperTypeOf(child)) {
				return true;
			}
		}
		return false;
	}

	/** The service methods of that name. */
	public List<Method> services(String name) {
		return services.getOrDefault(name, List.of());
	}

	/** Every service method name. */
	public Set<String> serviceNames() {
		return services.keySet();
	}

	/** The model classes a service returns (an element or a collection of them); null when it returns no model element. */
	public Set<EClass> returnedClasses(Method method) {
		Type type = method.getGenericReturnType();
		if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
				&& Collection.class.isAssignableFrom(raw)) {
			type = parameterized.getActualTypeArguments()[0];
		}
		if (!(type instanceof Class<?> returned) || !EObject.class.isAssignableFrom(returned)) {
			return null;
		}
		EClassifier classifier = ePackage.getEClassifier(returned.getSimpleName());
		return returned == EObject.class || !(classifier instanceof EClass eClass) ? Set.of() : Set.of(eClass);
	}
}
