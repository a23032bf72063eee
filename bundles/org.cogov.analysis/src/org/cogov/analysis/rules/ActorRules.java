/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.rules.RuleContext.describe;
import static org.cogov.analysis.rules.RuleContext.name;

import java.util.ArrayList;
import java.util.List;

import org.cogov.model.Actor;
import org.cogov.model.CogovPackage.Literals;
import org.cogov.model.DepartmentKind;
import org.cogov.model.Enterprise;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.PlatformCase;
import org.cogov.model.RoleAssignment;
import org.cogov.model.StructurePhase;
import org.eclipse.emf.ecore.EObject;

/**
 * The actors of a case: COGOV-W02 (a data authority exists), COGOV-W03 (data authorities do not overlap) and
 * COGOV-W10 (an enterprise's role rests on an agreement).
 */
final class ActorRules implements RuleFamily {

	@Override
	public void check(EObject object, RuleContext context) {
		if (object instanceof PlatformCase platformCase) {
			dataAuthority(platformCase, context);
		} else if (object instanceof GovernmentDepartment department) {
			overlappingScope(department, context);
		} else if (object instanceof RoleAssignment role) {
			roleAgreement(role, context);
		}
	}

	/** COGOV-W02: the metrics' lateral ties and the data rules are defined relative to the data authority. */
	private static void dataAuthority(PlatformCase platformCase, RuleContext context) {
		for (Actor actor : platformCase.getActors()) {
			if (isDataAuthority(actor)) {
				return;
			}
		}
		context.report(RuleCatalog.W02_NO_DATA_AUTHORITY, platformCase, Literals.PLATFORM_CASE__ACTORS,
				new Object[] { describe(platformCase) });
	}

	/** COGOV-W03: two data authorities for the same data domains (an empty scope covers all); reported on the later. */
	private static void overlappingScope(GovernmentDepartment department, RuleContext context) {
		if (!isDataAuthority(department) || !(department.eContainer() instanceof PlatformCase platformCase)) {
			return;
		}
		for (Actor actor : platformCase.getActors()) {
			if (actor == department) {
				return;
			}
			if (isDataAuthority(actor)) {
				GovernmentDepartment earlier = (GovernmentDepartment) actor;
				String overlap = overlap(earlier.getDataScope(), department.getDataScope(), context);
				if (overlap != null) {
					context.report(RuleCatalog.W03_DATA_AUTHORITY_SCOPE, department, Literals.GOVERNMENT_DEPARTMENT__DATA_SCOPE,
							new Object[] { describe(department), name(earlier), overlap }, earlier);
				}
			}
		}
	}

	/** The shared part of two scopes in words, or null when they are disjoint. */
	private static String overlap(List<String> first, List<String> second, RuleContext context) {
		if (first.isEmpty() || second.isEmpty()) {
			List<String> narrower = first.isEmpty() ? second : first;
			return narrower.isEmpty() ? context.word("scope.all") : String.join(", ", narrower); //$NON-NLS-1$ //$NON-NLS-2$
		}
		List<String> common = new ArrayList<>(first);
		common.retainAll(second);
		return common.isEmpty() ? null : String.join(", ", common); //$NON-NLS-1$
	}

	private static boolean isDataAuthority(Actor actor) {
		return actor instanceof GovernmentDepartment department && department.getKind() == DepartmentKind.DATA_AUTHORITY;
	}

	/** COGOV-W10: what an enterprise may do and earn is set by its contract; a role without one is unanchored. */
	private static void roleAgreement(RoleAssignment role, RuleContext context) {
		if (!(role.getActor() instanceof Enterprise) || role.getAgreement() != null) {
			return;
		}
		EObject where = role.eContainer() instanceof StructurePhase phase ? phase : role;
		context.report(RuleCatalog.W10_ENTERPRISE_ROLE_AGREEMENT, role, Literals.ROLE_ASSIGNMENT__AGREEMENT,
				new Object[] { describe(where), role.getRole().getName(), name(role.getActor()) }, role.getActor());
	}
}
