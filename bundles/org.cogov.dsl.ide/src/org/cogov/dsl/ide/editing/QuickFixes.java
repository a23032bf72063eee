/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.ide.editing;

import static org.cogov.model.CogovPackage.Literals.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cogov.analysis.GovernanceAnalysis;
import org.cogov.dsl.ide.editing.Formatting.Edit;
import org.cogov.model.Actor;
import org.cogov.model.Agreement;
import org.cogov.model.Asset;
import org.cogov.model.DecisionBody;
import org.cogov.model.Difficulty;
import org.cogov.model.Enterprise;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.Mechanism;
import org.cogov.model.PlatformCase;
import org.cogov.model.Responsibility;
import org.cogov.model.RoleAssignment;
import org.cogov.model.StructurePhase;
import org.cogov.model.StructureType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Quick fixes for governance rules, as text edits on the document (comments and layout elsewhere untouched):
 * COGOV-E01 name an accountable actor, COGOV-E05 add the chair to the members, COGOV-W05 mark a difficulty
 * unresolved or resolved by a mechanism, COGOV-W10 name the agreement of an enterprise's role, COGOV-W13 declare
 * the computed type, COGOV-R04 add an exit clause.
 */
public final class QuickFixes {

	/** A fix as a modeler chooses it: a label, what it does, and the edits. */
	public record Fix(String label, String description, List<Edit> edits) {
	}

	private QuickFixes() {
	}

	/** The fixes for an issue of a rule on the element with the given URI fragment. */
	public static List<Fix> forIssue(StudyDocument document, String code, String fragment) {
		synchronized (document.lock()) {
			XtextResource resource = document.resource();
			EObject element = resource == null || fragment == null ? null : resource.getEObject(fragment);
			List<Fix> fixes = new ArrayList<>();
			if (element == null || code == null) {
				return fixes;
			}
			String text = document.text();
			switch (code) {
			case "COGOV-E01" -> accountable(element, fixes); //$NON-NLS-1$
			case "COGOV-E05" -> chairAsMember(element, fixes); //$NON-NLS-1$
			case "COGOV-W05" -> difficulty(element, fixes); //$NON-NLS-1$
			case "COGOV-W10" -> agreementOfRole(element, fixes); //$NON-NLS-1$
			case "COGOV-W13" -> declaredType(element, fixes); //$NON-NLS-1$
			case "COGOV-R04" -> exitClause(element, fixes); //$NON-NLS-1$
			default -> { }
			}
			fixes.removeIf(fix -> fix.edits().stream().anyMatch(e -> e.offset() < 0 || e.offset() > text.length()));
			return fixes;
		}
	}

	private static void accountable(EObject element, List<Fix> fixes) {
		if (!(element instanceof Responsibility responsibility)) {
			return;
		}
		List<INode> accountable = TextPlaces.nodes(responsibility, RESPONSIBILITY__ACCOUNTABLE);
		if (accountable.isEmpty()) {
			List<Actor> candidates = new ArrayList<>(responsibility.getResponsible());
			dataAuthority(responsibility).ifPresent(candidates::add);
			int at = TextPlaces.endOf(responsibility, NAMED_ELEMENT__NAME, NAMED_ELEMENT__LABEL, RESPONSIBILITY__CATEGORY);
			for (Actor actor : candidates.stream().distinct().limit(3).toList()) {
				fixes.add(new Fix("Make " + actor.getName() + " accountable", //$NON-NLS-1$ //$NON-NLS-2$
						"Adds 'accountable " + actor.getName() + "': one actor answers for the responsibility.", //$NON-NLS-1$ //$NON-NLS-2$
						List.of(new Edit(at, 0, " accountable " + actor.getName())))); //$NON-NLS-1$
			}
		} else if (accountable.size() > 1) {
			INode first = accountable.get(0);
			INode last = accountable.get(accountable.size() - 1);
			String keep = first.getText().trim();
			fixes.add(new Fix("Keep " + keep + " as the only accountable actor", //$NON-NLS-1$ //$NON-NLS-2$
					"Removes the other accountable actors; list them as responsible if they execute the task.", //$NON-NLS-1$
					List.of(new Edit(first.getOffset(), last.getEndOffset() - first.getOffset(), keep))));
		}
	}

	private static java.util.Optional<Actor> dataAuthority(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof PlatformCase platformCase) {
				return platformCase.getActors().stream().filter(a -> a instanceof GovernmentDepartment d
						&& d.getKind() == org.cogov.model.DepartmentKind.DATA_AUTHORITY).findFirst();
			}
		}
		return java.util.Optional.empty();
	}

	private static void chairAsMember(EObject element, List<Fix> fixes) {
		if (!(element instanceof DecisionBody body) || body.getChair() == null) {
			return;
		}
		String chair = body.getChair().getName();
		int end = TextPlaces.endOf(body, DECISION_BODY__MEMBERS);
		Edit edit = end >= 0 ? new Edit(end, 0, ", " + chair) //$NON-NLS-1$
				: new Edit(TextPlaces.endOf(body, NAMED_ELEMENT__NAME, NAMED_ELEMENT__LABEL, DECISION_BODY__KIND, DECISION_BODY__CHAIR,
						DECISION_BODY__RULE, DECISION_BODY__MEETINGS_PER_YEAR), 0, " members " + chair); //$NON-NLS-1$
		fixes.add(new Fix("Add " + chair + " to the members", "The chair of a body is one of its members.", List.of(edit))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static void difficulty(EObject element, List<Fix> fixes) {
		if (!(element instanceof Difficulty difficulty)) {
			return;
		}
		int at = TextPlaces.endOf(difficulty, NAMED_ELEMENT__NAME, NAMED_ELEMENT__LABEL, DIFFICULTY__KIND, DIFFICULTY__SEVERITY,
				DIFFICULTY__AFFECTED);
		fixes.add(new Fix("Mark as unresolved", "Records that no mechanism resolves this difficulty yet.", //$NON-NLS-1$ //$NON-NLS-2$
				List.of(new Edit(at, 0, " unresolved")))); //$NON-NLS-1$
		if (difficulty.eContainer() instanceof PlatformCase platformCase) {
			for (Mechanism mechanism : platformCase.getMechanisms()) {
				if (mechanism.getAddresses().contains(difficulty.getKind()) && mechanism.getName() != null) {
					fixes.add(new Fix("Resolved by " + mechanism.getName(), //$NON-NLS-1$
							"Mechanism " + mechanism.getName() + " addresses this kind of difficulty.", //$NON-NLS-1$ //$NON-NLS-2$
							List.of(new Edit(at, 0, " resolved by " + mechanism.getName())))); //$NON-NLS-1$
				}
			}
		}
	}

	private static void agreementOfRole(EObject element, List<Fix> fixes) {
		if (!(element instanceof RoleAssignment role) || !(role.getActor() instanceof Enterprise enterprise)
				|| !(role.eContainer() instanceof StructurePhase phase)) {
			return;
		}
		int at = TextPlaces.endOf(role, ROLE_ASSIGNMENT__ACTOR, ROLE_ASSIGNMENT__ROLE, ROLE_ASSIGNMENT__BASIS);
		for (Agreement agreement : phase.getAgreements()) {
			if (agreement.getParties().contains(enterprise) && agreement.getName() != null) {
				fixes.add(new Fix("Under agreement " + agreement.getName(), //$NON-NLS-1$
						"The role rests on agreement " + agreement.getName() + ", to which " + enterprise.getName() + " is a party.", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						List.of(new Edit(at, 0, " under " + agreement.getName())))); //$NON-NLS-1$
			}
		}
	}

	private static void declaredType(EObject element, List<Fix> fixes) {
		if (!(element instanceof StructurePhase phase)) {
			return;
		}
		StructureType computed = GovernanceAnalysis.analyse(phase).classification().type();
		String word = computed.getName().toLowerCase(Locale.ROOT).replace('_', '-');
		List<INode> declared = TextPlaces.nodes(phase, STRUCTURE_PHASE__DECLARED_TYPE);
		Edit edit = declared.isEmpty()
				? new Edit(TextPlaces.endOf(phase, NAMED_ELEMENT__NAME, NAMED_ELEMENT__LABEL), 0, " declared " + word) //$NON-NLS-1$
				: new Edit(declared.get(0).getOffset(), declared.get(0).getLength(), word);
		fixes.add(new Fix("Declare the computed type " + word, //$NON-NLS-1$
				"Sets the declared type to the type the classification computes for this phase.", List.of(edit))); //$NON-NLS-1$
	}

	private static void exitClause(EObject element, List<Fix> fixes) {
		List<Asset> assets = new ArrayList<>();
		if (element instanceof Asset asset) {
			assets.add(asset);
		} else if (element instanceof StructurePhase phase) {
			assets.addAll(phase.getAssets());
		}
		for (Asset asset : assets) {
			if (!asset.isExitClause() && (asset.getKind() == org.cogov.model.AssetKind.PLATFORM_IP
					|| asset.getKind() == org.cogov.model.AssetKind.INFRASTRUCTURE)) {
				int at = TextPlaces.endOf(asset, NAMED_ELEMENT__NAME, NAMED_ELEMENT__LABEL, ASSET__KIND, ASSET__OWNERS, ASSET__CONTROLLER,
						ASSET__HOSTING);
				fixes.add(new Fix("Add an exit clause to " + asset.getName(), //$NON-NLS-1$
						"Records that the government can take the asset back when the cooperation ends.", //$NON-NLS-1$
						List.of(new Edit(at, 0, " exit-clause")))); //$NON-NLS-1$
			}
		}
	}

}
