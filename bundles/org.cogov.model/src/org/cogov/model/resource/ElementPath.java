/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.model.resource;

import org.cogov.model.NamedElement;
import org.cogov.model.PlatformCase;
import org.cogov.model.Study;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * Words a modeler understands for where an element sits: "responsibility 'R1' in phase 'P1' of case 'CountyA'".
 * Used by error messages of saving, loading, validation and the command line.
 */
public final class ElementPath {

	private ElementPath() {
	}

	/** The element's kind in lower-case words, e.g. "department" for GovernmentDepartment. */
	public static String kind(EClass eClass) {
		String name = eClass.getName();
		switch (name) { // the words researchers use, where the class name is longer
		case "PlatformCase": return "case"; //$NON-NLS-1$ //$NON-NLS-2$
		case "StructurePhase": return "phase"; //$NON-NLS-1$ //$NON-NLS-2$
		case "GovernmentDepartment": return "department"; //$NON-NLS-1$ //$NON-NLS-2$
		case "CollaborationLink": return "link"; //$NON-NLS-1$ //$NON-NLS-2$
		case "EvidenceRef": return "evidence"; //$NON-NLS-1$ //$NON-NLS-2$
		default: break;
		}
		StringBuilder words = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isUpperCase(c) && i > 0) {
				words.append(' ');
			}
			words.append(Character.toLowerCase(c));
		}
		return words.toString();
	}

	/** Kind and name of the element alone: "actor 'PSB'" or "role assignment" when it has no name. */
	public static String name(EObject element) {
		String kind = kind(element.eClass());
		if (element instanceof NamedElement named && named.getName() != null) {
			return kind + " '" + named.getName() + "'"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return kind;
	}

	/** The element and the named elements around it, up to its case (or study). */
	public static String describe(EObject element) {
		StringBuilder text = new StringBuilder(name(element));
		EObject container = element.eContainer();
		String joiner = " in "; //$NON-NLS-1$
		while (container != null && !(container instanceof Study)) {
			if (container instanceof NamedElement named && named.getName() != null) {
				text.append(joiner).append(name(container));
				joiner = " of "; //$NON-NLS-1$
			}
			if (container instanceof PlatformCase) {
				break;
			}
			container = container.eContainer();
		}
		return text.toString();
	}
}
