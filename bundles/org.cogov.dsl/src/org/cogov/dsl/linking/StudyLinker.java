/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.linking;

import org.cogov.dsl.scoping.NamespaceTable;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.linking.lazy.LazyLinker;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

/**
 * Xtext's lazy linker, with two shortcuts for the references of a file that is being loaded or parsed again:
 * <ul>
 * <li>a name declared in the same file (most names in a case file: its departments, bodies, phases) is linked to its
 * element at once, as the file's {@link NamespaceTable} would resolve it later; any other name gets Xtext's proxy,
 * resolved when the study links, so that it can mean an element of another file;</li>
 * <li>a file being loaded was just parsed into new elements, which have no references yet, so they are not cleared
 * one by one first; a file parsed again (an edit) is cleared as before.</li>
 * </ul>
 * Why: making a proxy for every reference and resolving it again through the resource set was a quarter of the time
 * of loading a study; the names a file declares do not depend on any other file, so they can be linked while the
 * files are read side by side. {@code NameResolutionTest} compares every link with Xtext's own linking.
 */
public class StudyLinker extends LazyLinker {

	@Inject
	private IScopeProvider scopes;

	@Inject
	private LinkingHelper linkingHelper;

	@Inject
	private IQualifiedNameConverter names;

	@Override
	protected boolean isClearAllReferencesRequired(Resource resource) {
		return !(resource instanceof Resource.Internal loading && loading.isLoading());
	}

	@Override
	protected void createAndSetProxy(EObject element, INode node, EReference reference) {
		EObject declared = declaredInFile(element, node, reference);
		if (declared == null) {
			super.createAndSetProxy(element, node, reference);
		} else if (reference.isMany()) {
			@SuppressWarnings("unchecked")
			InternalEList<EObject> targets = (InternalEList<EObject>) element.eGet(reference, false);
			targets.addUnique(declared);
		} else {
			element.eSet(reference, declared);
		}
	}

	/** The element that a reference's name means inside its own file, or null (then a proxy decides later). */
	private EObject declaredInFile(EObject element, INode node, EReference reference) {
		try {
			String name = linkingHelper.getCrossRefNodeAsString(node, true);
			if (name == null || name.isEmpty()) {
				return null;
			}
			IScope scope = scopes.getScope(element, reference);
			IEObjectDescription declared = scope instanceof NamespaceTable table ? table.declaredInFile(names.toQualifiedName(name)) : null;
			return declared == null ? null : declared.getEObjectOrProxy();
		} catch (RuntimeException e) {
			return null; // a name Xtext's linking must judge (and report) itself
		}
	}
}
