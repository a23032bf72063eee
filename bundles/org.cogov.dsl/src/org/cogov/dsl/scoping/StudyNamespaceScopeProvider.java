/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.scoping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import org.cogov.model.Study;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.ISelectable;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

/**
 * Makes the files of one study one namespace: every file implicitly imports its study's names, so a case file
 * cites interviewee G07 of the sources file as {@code G07}, and the sources file names a case's department as
 * {@code CountyA.DA}. Elements of other studies stay reachable by their full qualified name only.
 * <p>
 * The scope of a study, case or phase is built once per file version and shared by every reference inside it; an
 * element without a name of its own (a role, a share, a right, evidence) sees exactly what its container sees.
 * Why: Xtext builds the chain of scopes from the file's root for every single reference, which was a third of the
 * time of linking a study; the cached scopes live in the file's cache, which Xtext clears when the file changes.
 * Each scope answers the names declared in its own file from a {@link NamespaceTable}.
 */
public class StudyNamespaceScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		Resource resource = context == null ? null : context.eResource();
		if (resource == null || cache == null) {
			return super.getScope(context, reference);
		}
		if (context.eContainer() != null && !(context instanceof Study) && getQualifiedNameOfLocalElement(context) == null) {
			return getScope(context.eContainer(), reference); // adds no names and no imports: its container's scope
		}
		Object key = Tuples.create(StudyNamespaceScopeProvider.class,
				Tuples.create(context, reference.getEReferenceType(), isIgnoreCase(reference)));
		return cache.get(key, resource, () -> namespaceScope(context, reference));
	}

	/**
	 * Xtext's chain of scopes for a namespace, with the names declared in the file looked up in front of it; the
	 * chain is only built when a name is not declared in the file.
	 */
	private IScope namespaceScope(EObject context, EReference reference) {
		if (isIgnoreCase(reference)) {
			return super.getScope(context, reference); // the tables hold names as written
		}
		IScope outer = context.eContainer() == null ? null : getScope(context.eContainer(), reference);
		QualifiedName namespace = getQualifiedNameOfLocalElement(context);
		List<IEObjectDescription> declared = namespace != null && getAllDescriptions(context.eResource()) instanceof FileNames names
				? names.declaredBelow(namespace) : List.of();
		return NamespaceTable.of(namespace, declared, reference.getEReferenceType(), outer instanceof NamespaceTable table ? table : null,
				() -> super.getScope(context, reference));
	}

	@Override
	protected ISelectable internalGetAllDescriptions(Resource resource) {
		List<IEObjectDescription> named = new ArrayList<>();
		for (Iterator<EObject> elements = EcoreUtil.getAllContents(resource, false); elements.hasNext();) {
			EObject element = elements.next();
			QualifiedName name = getQualifiedNameOfLocalElement(element);
			if (name != null) {
				named.add(new EObjectDescription(name, element, null));
			}
		}
		return new FileNames(named);
	}

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		if (context instanceof Study study && study.getName() != null) {
			return Collections.singletonList(new ImportNormalizer(QualifiedName.create(study.getName()), true, ignoreCase));
		}
		return Collections.emptyList();
	}
}
