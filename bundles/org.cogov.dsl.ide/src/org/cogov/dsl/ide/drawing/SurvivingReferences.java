/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.ide.drawing;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.ide.serializer.hooks.IUpdatableReference;
import org.eclipse.xtext.ide.serializer.impl.ReferenceUpdater;

/**
 * Xtext's updater of the names that references are written with (after a rename), which walks the references of
 * the text as it was and reads each one's target from the model as it is now. An edit that removes a reference
 * (a chair cleared, an actor taken out of a list) left no target to read, and Xtext failed; such a reference is
 * skipped here, since the serializer rewrites the element it was part of.
 */
public class SurvivingReferences extends ReferenceUpdater {

	@Override
	protected IUpdatableReference createUpdatableReference(ISemanticRegion written) {
		EObject owner = written.getContainingRegion().getSemanticElement();
		Object value = owner.eGet((EReference) written.getContainingFeature());
		if (value == null || value instanceof List<?> targets && written.getIndexInContainingFeature() >= targets.size()) {
			return null;
		}
		return super.createUpdatableReference(written);
	}
}
