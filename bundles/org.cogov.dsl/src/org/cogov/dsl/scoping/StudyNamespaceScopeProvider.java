/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.scoping;

import java.util.Collections;
import java.util.List;

import org.cogov.model.Study;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;

/**
 * Makes the files of one study one namespace: every file implicitly imports its study's names, so a case file
 * cites interviewee G07 of the sources file as {@code G07}, and the sources file names a case's department as
 * {@code CountyA.DA}. Elements of other studies stay reachable by their full qualified name only.
 */
public class StudyNamespaceScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		if (context instanceof Study study && study.getName() != null) {
			return Collections.singletonList(new ImportNormalizer(QualifiedName.create(study.getName()), true, ignoreCase));
		}
		return Collections.emptyList();
	}
}
