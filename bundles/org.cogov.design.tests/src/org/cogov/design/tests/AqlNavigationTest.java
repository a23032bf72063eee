/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.cogov.design.services.DecisionLabelServices;
import org.cogov.design.services.EditServices;
import org.cogov.design.services.RoleServices;
import org.eclipse.emf.ecore.EClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The navigation check on single expressions: what it accepts and what it reports. */
public class AqlNavigationTest {

	private static CogovVocabulary vocabulary;

	@BeforeClass
	public static void vocabulary() throws IOException {
		vocabulary = new CogovVocabulary(BundleFiles.model("model/cogov.ecore"), //$NON-NLS-1$
				List.of(RoleServices.class, DecisionLabelServices.class, EditServices.class));
	}

	private static List<String> problems(String expression, String selfClass) {
		AqlNavigation navigation = new AqlNavigation(vocabulary);
		Set<EClass> self = selfClass == null ? Set.of() : Set.of(vocabulary.eClass("model::" + selfClass)); //$NON-NLS-1$
		navigation.check(expression, self, "test"); //$NON-NLS-1$
		return navigation.problems();
	}

	private static void accepted(String expression, String selfClass) {
		assertEquals(expression, List.of(), problems(expression, selfClass));
	}

	private static void rejected(String expression, String selfClass, String expected) {
		List<String> problems = problems(expression, selfClass);
		assertEquals(expression + " " + problems, 1, problems.size()); //$NON-NLS-1$
		assertTrue(problems.get(0), problems.get(0).contains(expected));
	}

	@Test
	public void stepsFollowTheTypesOfTheChain() {
		accepted("aql:self.eContainer(model::PlatformCase).platform.kind", "StructurePhase"); //$NON-NLS-1$ //$NON-NLS-2$
		accepted("aql:self.decisions.rights.holder.name", "StructurePhase"); //$NON-NLS-1$ //$NON-NLS-2$
		rejected("aql:self.decisions.rights.holder.kind", "StructurePhase", "DecisionHolder has no feature 'kind'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		rejected("aql:self.kind", "Actor", "Actor has no feature 'kind'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		accepted("feature:kind", "GovernmentDepartment"); //$NON-NLS-1$ //$NON-NLS-2$
		rejected("feature:knd", "GovernmentDepartment", "no feature 'knd'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	public void filtersAndLambdasKeepTheElementType() {
		accepted("aql:self.actors->filter(model::GovernmentDepartment).dataScope", "PlatformCase"); //$NON-NLS-1$ //$NON-NLS-2$
		rejected("aql:self.actors->filter(model::Enterprise).dataScope", "PlatformCase", "Enterprise has no feature 'dataScope'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		accepted("aql:self.links->select(l | l.from <> l.to)->size() > 0", "PlatformCase"); //$NON-NLS-1$ //$NON-NLS-2$
		rejected("aql:self.links->select(l | l.source <> null)", "PlatformCase", "CollaborationLink has no feature 'source'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		rejected("aql:self.links->frobnicate()", "PlatformCase", "unknown collection operation"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	public void servicesMustExistWithTheirArity() {
		accepted("aql:self.actorShareLabel(view)", "Actor"); //$NON-NLS-1$ //$NON-NLS-2$
		accepted("aql:sourceView.phaseOf()", null); //$NON-NLS-1$
		accepted("aql:container.freshName('Department')", null); //$NON-NLS-1$
		rejected("aql:self.actorShareLabel()", "Actor", "takes 1 argument(s), not 0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		rejected("aql:self.freshName('a', 'b')", "PlatformCase", "takes 1 argument(s), not 2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		rejected("aql:self.isGovernanceRisk()", "DecisionItem", "no service isGovernanceRisk"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		accepted("aql:self.governmentSide().keyPersons.name", "PlatformCase"); //$NON-NLS-1$ //$NON-NLS-2$
		rejected("aql:self.governmentSide().dataScope", "PlatformCase", "Actor has no feature 'dataScope'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	public void namesOfTheMetamodelAndVariablesAreChecked() {
		accepted("aql:self.kind = model::RightKind::VETO and self.holder.oclIsKindOf(model::DecisionBody)", "DecisionRight"); //$NON-NLS-1$ //$NON-NLS-2$
		rejected("aql:self.kind = model::RightKind::VOTE", "DecisionRight", "no enum literal RightKind::VOTE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		rejected("aql:self.holder.oclIsKindOf(model::Body)", "DecisionRight", "no class Body"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		rejected("aql:contianer.name", null, "unknown variable contianer"); //$NON-NLS-1$ //$NON-NLS-2$
		accepted("aql:elementView.sourceNode.target", null); //$NON-NLS-1$
		accepted("aql:if self.voting then 'member' else 'guest' endif", "Membership"); //$NON-NLS-1$ //$NON-NLS-2$
		accepted("var:container", null); //$NON-NLS-1$
		rejected("var:containr", null, "unknown variable containr"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
