/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.rules.RuleContext.describe;

import java.util.List;

import org.cogov.model.CogovPackage.Literals;
import org.cogov.model.NamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * COGOV-E17: names are unique among the siblings of one containment list, because XMI and the DSL refer to
 * elements by name. Each duplicate is reported on the later element, naming the earlier one.
 */
final class NamingRules implements RuleFamily {

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof NamedElement element) || element.getName() == null) {
			return;
		}
		EReference containment = element.eContainmentFeature();
		if (containment == null || !containment.isMany()) {
			return;
		}
		List<?> siblings = (List<?>) element.eContainer().eGet(containment);
		for (Object sibling : siblings) {
			if (sibling == element) {
				return;
			}
			if (sibling instanceof NamedElement earlier && element.getName().equals(earlier.getName())) {
				context.report(RuleCatalog.E17_UNIQUE_NAME, element, Literals.NAMED_ELEMENT__NAME,
						new Object[] { describe(element) }, earlier);
				return;
			}
		}
	}
}
