/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.ide.drawing;

import java.util.List;
import java.util.function.Supplier;

import org.cogov.dsl.ide.drawing.DeletionImpact.Referrer;
import org.cogov.dsl.ide.drawing.EditOutcome.Changed;
import org.cogov.dsl.ide.drawing.EditOutcome.NeedsDecision;
import org.cogov.dsl.ide.drawing.EditOutcome.Refused;
import org.cogov.dsl.ide.editing.StudyDocument;
import org.cogov.model.Actor;
import org.cogov.model.AdministrativeLine;
import org.cogov.model.BodyKind;
import org.cogov.model.CogovFactory;
import org.cogov.model.CollaborationLink;
import org.cogov.model.DecisionBody;
import org.cogov.model.DecisionDomain;
import org.cogov.model.DecisionHolder;
import org.cogov.model.DecisionItem;
import org.cogov.model.DecisionRight;
import org.cogov.model.DepartmentKind;
import org.cogov.model.Enterprise;
import org.cogov.model.EnterpriseScale;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.LinkDirection;
import org.cogov.model.LinkKind;
import org.cogov.model.Membership;
import org.cogov.model.NamedElement;
import org.cogov.model.OtherActor;
import org.cogov.model.OtherActorKind;
import org.cogov.model.OwnershipKind;
import org.cogov.model.PlatformCase;
import org.cogov.model.Responsibility;
import org.cogov.model.ResponsibilityCategory;
import org.cogov.model.RightKind;
import org.cogov.model.RoleAssignment;
import org.cogov.model.RoleKind;
import org.cogov.model.StructurePhase;
import org.cogov.model.Study;
import org.cogov.model.resource.ElementPath;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The edits of a governance diagram, written back to the DSL text of one open document: each operation answers
 * with the {@link TextChange} to apply to the study's files, a refusal in modeler words, or (for a deletion of an
 * element others refer to) the {@link DeletionImpact} for the modeler to decide on.
 * <p>
 * Contract: pass elements of the document's current model ({@link StudyDocument#resource()}); each operation holds
 * {@link StudyDocument#lock()} while it computes and leaves the models as they were. Apply the edits to the
 * editor's document (which then re-parses it with {@link StudyDocument#update(String)}) before the next edit: an
 * edit refers to the text it was computed for ({@link TextChange.FileEdits#appliesTo(String)}). Undo is the editor's
 * own, or {@link TextChange#inverse()}. Validation is the caller's, after the re-parse.
 */
public final class DiagramEdit {

	private final StudyDocument document;
	private NewNames names;

	public DiagramEdit(StudyDocument document) {
		this.document = document;
	}

	// ---------------------------------------------------------------- new elements

	public EditOutcome newDepartment(PlatformCase platformCase, DepartmentKind kind, AdministrativeLine line) {
		return run(() -> {
			GovernmentDepartment department = CogovFactory.eINSTANCE.createGovernmentDepartment();
			if (kind != null) {
				department.setKind(kind);
			}
			if (line != null) {
				department.setLine(line);
			}
			return newActor(platformCase, department, "Dept", "department", afterLast(mine(platformCase).getActors(), GovernmentDepartment.class, 0)); //$NON-NLS-1$ //$NON-NLS-2$
		});
	}

	public EditOutcome newEnterprise(PlatformCase platformCase, OwnershipKind ownership, EnterpriseScale scale) {
		return run(() -> {
			Enterprise enterprise = CogovFactory.eINSTANCE.createEnterprise();
			if (ownership != null) {
				enterprise.setOwnership(ownership);
			}
			if (scale != null) {
				enterprise.setScale(scale);
			}
			List<Actor> actors = mine(platformCase).getActors();
			return newActor(platformCase, enterprise, "Enterprise", "enterprise", afterLast(actors, Enterprise.class, actors.size())); //$NON-NLS-1$ //$NON-NLS-2$
		});
	}

	public EditOutcome newOtherActor(PlatformCase platformCase, OtherActorKind kind) {
		return run(() -> {
			OtherActor actor = CogovFactory.eINSTANCE.createOtherActor();
			if (kind != null) {
				actor.setKind(kind);
			}
			List<Actor> actors = mine(platformCase).getActors();
			return newActor(platformCase, actor, "Actor", "actor", afterLast(actors, OtherActor.class, actors.size())); //$NON-NLS-1$ //$NON-NLS-2$
		});
	}

	public EditOutcome newDecisionBody(StructurePhase phase, BodyKind kind) {
		return run(() -> {
			DecisionBody body = CogovFactory.eINSTANCE.createDecisionBody();
			body.setName(names().next("Body", caseOf(mine(phase)))); //$NON-NLS-1$
			body.setKind(kind == null ? BodyKind.JOINT_MEETING : kind);
			return created(new ModelEdit(document, "Add body " + body.getName() + " to phase " + phase.getName()) //$NON-NLS-1$ //$NON-NLS-2$
					.changing(() -> phase.getBodies().add(body)), body.getName());
		});
	}

	public EditOutcome newDecisionItem(StructurePhase phase, DecisionDomain domain) {
		return run(() -> {
			DecisionItem item = CogovFactory.eINSTANCE.createDecisionItem();
			item.setName(names().next("Decision", caseOf(mine(phase)))); //$NON-NLS-1$
			item.setDomain(domain == null ? DecisionDomain.STRATEGY : domain);
			return created(new ModelEdit(document, "Add decision item " + item.getName() + " to phase " + phase.getName()) //$NON-NLS-1$ //$NON-NLS-2$
					.changing(() -> phase.getDecisions().add(item)), item.getName());
		});
	}

	public EditOutcome newRoleAssignment(StructurePhase phase, Actor actor, RoleKind role) {
		return run(() -> {
			refuseIf(Connection.ROLE.whyNot(actor, mine(phase)));
			RoleKind kind = role == null ? RoleKind.INITIATOR : role;
			refuseIf(phase.getRoles().stream().anyMatch(r -> r.getActor() == actor && r.getRole() == kind)
					? actor.getName() + " already has the role " + ElementWords.word(kind) + " in phase " + phase.getName() : null); //$NON-NLS-1$ //$NON-NLS-2$
			RoleAssignment assignment = CogovFactory.eINSTANCE.createRoleAssignment();
			assignment.setActor(actor);
			assignment.setRole(kind);
			return created(new ModelEdit(document, "Add role " + actor.getName() + " " + ElementWords.word(kind)) //$NON-NLS-1$ //$NON-NLS-2$
					.changing(() -> phase.getRoles().add(assignment)), null);
		});
	}

	/** A responsibility with an optional accountable and an optional responsible actor of the phase's case. */
	public EditOutcome newResponsibility(StructurePhase phase, ResponsibilityCategory category, Actor accountable, Actor responsible) {
		return run(() -> {
			for (Actor actor : new Actor[] { accountable, responsible }) {
				refuseIf(actor != null && actor.eContainer() != mine(phase).eContainer()
						? "the actors of a responsibility are actors of its case" : null); //$NON-NLS-1$
			}
			Responsibility responsibility = CogovFactory.eINSTANCE.createResponsibility();
			responsibility.setName(names().next("Responsibility", caseOf(mine(phase)))); //$NON-NLS-1$
			if (category != null) {
				responsibility.setCategory(category);
			}
			if (accountable != null) {
				responsibility.getAccountable().add(accountable);
			}
			if (responsible != null) {
				responsibility.getResponsible().add(responsible);
			}
			return created(new ModelEdit(document, "Add responsibility " + responsibility.getName() + " to phase " + phase.getName()) //$NON-NLS-1$ //$NON-NLS-2$
					.changing(() -> phase.getResponsibilities().add(responsibility)), responsibility.getName());
		});
	}

	public EditOutcome newDecisionRight(DecisionItem item, DecisionHolder holder, RightKind kind) {
		return run(() -> {
			refuseIf(Connection.DECISION_RIGHT.whyNot(holder, mine(item)));
			RightKind type = kind == null ? RightKind.PROPOSE : kind;
			refuseIf(item.getRights().stream().anyMatch(r -> r.getHolder() == holder && r.getKind() == type) ? holder.getName()
					+ " already has the " + ElementWords.word(type) + " right on " + ElementPath.name(item) : null); //$NON-NLS-1$ //$NON-NLS-2$
			DecisionRight right = CogovFactory.eINSTANCE.createDecisionRight();
			right.setHolder(holder);
			right.setKind(type);
			return created(new ModelEdit(document, "Give " + holder.getName() + " the " + ElementWords.word(type) + " right on " + item.getName()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.changing(() -> item.getRights().add(right)), null);
		});
	}

	public EditOutcome newMembership(DecisionBody body, Actor actor) {
		return run(() -> {
			refuseIf(Connection.MEMBERSHIP.whyNot(actor, mine(body)));
			Membership membership = CogovFactory.eINSTANCE.createMembership();
			membership.setActor(actor);
			return created(new ModelEdit(document, "Add " + actor.getName() + " to the members of " + body.getName()) //$NON-NLS-1$ //$NON-NLS-2$
					.changing(() -> body.getMembers().add(membership)), null);
		});
	}

	/** A link from one department of the case to another, drawn one way (source to target). */
	public EditOutcome newLink(PlatformCase platformCase, Actor from, Actor to, LinkKind kind) {
		return newLink(platformCase, from, to, kind, LinkDirection.ONE_WAY);
	}

	public EditOutcome newLink(PlatformCase platformCase, Actor from, Actor to, LinkKind kind, LinkDirection direction) {
		return run(() -> {
			refuseIf(Connection.LINK.whyNot(from, to));
			refuseIf(from.eContainer() != mine(platformCase) ? "the departments of a link are departments of its case" : null); //$NON-NLS-1$
			CollaborationLink link = CogovFactory.eINSTANCE.createCollaborationLink();
			link.setFrom(from);
			link.setTo(to);
			link.setKind(kind == null ? LinkKind.DATA_SHARING : kind);
			link.setDirection(direction == null ? LinkDirection.ONE_WAY : direction);
			return created(new ModelEdit(document, "Add " + ElementWords.own(link)).changing(() -> platformCase.getLinks().add(link)), null); //$NON-NLS-1$
		});
	}

	/** Why the palette cannot connect the source to the target (null when it can), without computing an edit. */
	public String whyNot(Connection connection, EObject source, EObject target) {
		synchronized (document.lock()) {
			return connection.whyNot(source, target);
		}
	}

	// ---------------------------------------------------------------- changes

	/** Renames the element and every reference to it, or to anything in it, in every loaded file of the study. */
	public EditOutcome rename(NamedElement element, String newName) {
		return run(() -> {
			mine(element);
			refuseIf(element instanceof Study ? "a study is renamed in the first line of each of its files" : null); //$NON-NLS-1$
			refuseIf(names().problem(newName));
			if (newName.equals(element.getName())) {
				return unchanged();
			}
			refuseIf(NewNames.clash(element, newName));
			return new Changed(new ModelEdit(document, "Rename " + ElementPath.name(element) + " to " + newName) //$NON-NLS-1$ //$NON-NLS-2$
					.touching(Referrers.filesReferringTo(element)).changing(() -> element.setName(newName)).compute(), null);
		});
	}

	public EditOutcome setLinkKind(CollaborationLink link, LinkKind kind) {
		return run(() -> mine(link).getKind() == kind || kind == null ? unchanged()
				: new Changed(new ModelEdit(document, "Make " + ElementWords.own(link) + " " + ElementWords.word(kind)) //$NON-NLS-1$ //$NON-NLS-2$
						.changing(() -> link.setKind(kind)).compute(), null));
	}

	public EditOutcome setLinkDirection(CollaborationLink link, LinkDirection direction) {
		return run(() -> mine(link).getDirection() == direction || direction == null ? unchanged()
				: new Changed(new ModelEdit(document, "Make " + ElementWords.own(link) + " " + ElementWords.word(direction)) //$NON-NLS-1$ //$NON-NLS-2$
						.changing(() -> link.setDirection(direction)).compute(), null));
	}

	public EditOutcome setRightKind(DecisionRight right, RightKind kind) {
		return run(() -> mine(right).getKind() == kind || kind == null ? unchanged()
				: new Changed(new ModelEdit(document, "Make the " + ElementWords.own(right) + " " + ElementWords.word(kind)) //$NON-NLS-1$ //$NON-NLS-2$
						.changing(() -> right.setKind(kind)).compute(), null));
	}

	/** What deleting the element would do to the elements referring to it. */
	public DeletionImpact impactOfDeleting(EObject element) {
		synchronized (document.lock()) {
			return Referrers.ofDeleting(element);
		}
	}

	/**
	 * Deletes the element. With {@link ReferencePolicy#REPORT}, an element others refer to is not deleted: the
	 * answer lists them ({@link NeedsDecision}); with {@link ReferencePolicy#REMOVE_REFERRERS} they go too, or lose
	 * their reference to it, as the impact says.
	 */
	public EditOutcome delete(EObject element, ReferencePolicy policy) {
		return run(() -> {
			mine(element);
			refuseIf(element instanceof Study ? "a study is deleted with its files" : null); //$NON-NLS-1$
			DeletionImpact impact = Referrers.ofDeleting(element);
			if (policy != ReferencePolicy.REMOVE_REFERRERS && !impact.isFree()) {
				return new NeedsDecision(impact);
			}
			ModelEdit edit = new ModelEdit(document, "Delete " + ElementWords.own(element)); //$NON-NLS-1$
			remove(edit, element);
			for (Referrer referrer : impact.referrers()) {
				EObject owner = referrer.element();
				switch (referrer.consequence()) {
				case REMOVED -> remove(edit, owner);
				case TAKEN_OUT_OF_LIST -> edit.changing(() -> ((List<?>) owner.eGet(referrer.reference())).removeIf(t -> t == referrer.target()));
				case CLEARED -> edit.changing(() -> owner.eUnset(referrer.reference()));
				}
				edit.touching(List.of(owner.eResource()));
			}
			return new Changed(edit.compute(), null);
		});
	}

	// ---------------------------------------------------------------- helpers

	private EditOutcome newActor(PlatformCase platformCase, Actor actor, String prefix, String kind, int index) {
		actor.setName(names().next(prefix, platformCase));
		return created(new ModelEdit(document, "Add " + kind + " " + actor.getName() + " to case " + platformCase.getName()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.changing(() -> platformCase.getActors().add(index, actor)), actor.getName());
	}

	private static void remove(ModelEdit edit, EObject element) {
		if (StatementLines.isStatement(element)) {
			edit.deletingStatement(element);
		} else {
			edit.changing(() -> EcoreUtil.remove(element));
		}
	}

	/** After the last element of the kind, so a new department joins the departments; else at {@code otherwise}. */
	private static int afterLast(List<?> list, Class<?> kind, int otherwise) {
		for (int i = list.size() - 1; i >= 0; i--) {
			if (kind.isInstance(list.get(i))) {
				return i + 1;
			}
		}
		return otherwise;
	}

	private static EditOutcome created(ModelEdit edit, String name) {
		return new Changed(edit.compute(), name);
	}

	private static EditOutcome unchanged() {
		return new Changed(new TextChange("No change", List.of()), null); //$NON-NLS-1$
	}

	/** Runs an edit under the document's lock; a refusal becomes the answer. */
	private EditOutcome run(Supplier<EditOutcome> edit) {
		synchronized (document.lock()) {
			if (document.resource() == null) {
				return new Refused("the document has not been read yet"); //$NON-NLS-1$
			}
			try {
				return edit.get();
			} catch (ModelEdit.Refusal refusal) {
				return new Refused(refusal.getMessage());
			}
		}
	}

	/** The element, when it belongs to the document's current model. */
	private <T extends EObject> T mine(T element) {
		if (element == null || element.eResource() != document.resource()) {
			throw new ModelEdit.Refusal((element == null ? "nothing" : ElementWords.describe(element)) + " is not part of " //$NON-NLS-1$ //$NON-NLS-2$
					+ document.uri().lastSegment() + " as it is now: open its file, or redraw the diagram"); //$NON-NLS-1$
		}
		return element;
	}

	private static void refuseIf(String reason) {
		if (reason != null) {
			throw new ModelEdit.Refusal(reason);
		}
	}

	private static PlatformCase caseOf(EObject element) {
		return Connection.caseOf(element);
	}

	private NewNames names() {
		if (names == null) {
			names = new NewNames();
		}
		return names;
	}
}
