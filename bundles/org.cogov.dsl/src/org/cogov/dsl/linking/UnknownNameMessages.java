/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.linking;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cogov.model.CogovPackage;
import org.cogov.model.CollaborationLink;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.PlatformCase;
import org.cogov.model.Study;
import org.cogov.model.resource.ElementPath;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

/**
 * Linking errors worded for a modeler: "unknown department 'PSB' in case 'CountyA'; did you mean 'PS'? known:
 * DA, GO, PS, HR". The candidates are the names visible at that place, nearest spelling first.
 */
public class UnknownNameMessages extends LinkingDiagnosticMessageProvider {

	private static final int MAX_LISTED = 12;

	@Inject
	private IScopeProvider scopeProvider;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EObject owner = context.getContext();
		EReference reference = context.getReference();
		String kind = kindOfTarget(owner, reference);
		String linkText = context.getLinkText();
		StringBuilder message = new StringBuilder("unknown ").append(kind).append(" '").append(linkText).append('\''); //$NON-NLS-1$
		String place = place(owner);
		if (place != null) {
			message.append(" in ").append(place); //$NON-NLS-1$
		}
		List<String> known = candidates(owner, reference);
		if (!known.isEmpty()) {
			NameDistance.nearest(linkText, known)
					.ifPresent(n -> message.append("; did you mean '").append(n).append("'?")); //$NON-NLS-1$ //$NON-NLS-2$
			message.append(" known: ").append(String.join(", ", known.subList(0, Math.min(MAX_LISTED, known.size())))); //$NON-NLS-1$ //$NON-NLS-2$
			if (known.size() > MAX_LISTED) {
				message.append(", ..."); //$NON-NLS-1$
			}
		} else {
			message.append("; no ").append(kind).append(" is defined there yet"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new DiagnosticMessage(message.toString(), Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
	}

	private static String kindOfTarget(EObject owner, EReference reference) {
		if (owner instanceof CollaborationLink) {
			return "department"; //$NON-NLS-1$
		}
		EClass type = reference.getEReferenceType();
		if (type == CogovPackage.Literals.DECISION_HOLDER) {
			return "actor or decision body"; //$NON-NLS-1$
		}
		return ElementPath.kind(type);
	}

	private static String place(EObject owner) {
		for (EObject e = owner; e != null; e = e.eContainer()) {
			if (e instanceof PlatformCase c) {
				return "case '" + c.getName() + "'"; //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (e instanceof Study s) {
				return "study '" + s.getName() + "'"; //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return null;
	}

	/** Names visible from the owner, unqualified (local) ones first. */
	private List<String> candidates(EObject owner, EReference reference) {
		Set<String> local = new LinkedHashSet<>();
		Set<String> qualified = new LinkedHashSet<>();
		IScope scope = scopeProvider.getScope(owner, reference);
		for (IEObjectDescription description : scope.getAllElements()) {
			if (owner instanceof CollaborationLink
					&& !GovernmentDepartment.class.isAssignableFrom(description.getEClass().getInstanceClass())) {
				continue;
			}
			if (description.getName().getSegmentCount() == 1) {
				local.add(description.getName().toString());
			} else if (local.isEmpty()) {
				qualified.add(description.getName().toString());
			}
		}
		List<String> names = new ArrayList<>(local.isEmpty() ? qualified : local);
		return names;
	}
}
