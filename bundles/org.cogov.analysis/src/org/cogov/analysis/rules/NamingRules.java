/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.rules.RuleContext.describe;

import org.cogov.model.CogovPackage.Literals;
import org.cogov.model.NamedElement;
import org.eclipse.emf.ecore.EObject;

/**
 * COGOV-E17: names are unique among the named children of one element, because XMI and the DSL refer to
 * elements by name. Each duplicate is reported on the later element, naming the earlier one.
 */
final class NamingRules implements RuleFamily {

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof NamedElement element) || element.getName() == null) {
			return;
		}
		// every named child of one container shares the container's qualified name as prefix, whatever list it
		// is in: two of them with one name would make references and XMI fragments ambiguous
		EObject container = element.eContainer();
		if (container == null) {
			return;
		}
		NamedElement earlier = context.firstChildByName(container).get(element.getName());
		if (earlier != null && earlier != element) {
			context.report(RuleCatalog.E17_UNIQUE_NAME, element, Literals.NAMED_ELEMENT__NAME,
					new Object[] { describe(element), org.cogov.model.resource.ElementPath.name(earlier) }, earlier);
		}
	}
}
