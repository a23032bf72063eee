/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.drawing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.cogov.diagram.layout.NodePositions;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.model.Point;
import org.cogov.dsl.ide.drawing.DeletionImpact;
import org.cogov.dsl.ide.drawing.DiagramEdit;
import org.cogov.dsl.ide.drawing.EditOutcome;
import org.cogov.dsl.ide.drawing.ReferencePolicy;
import org.cogov.dsl.ide.editing.StudyDocument;
import org.cogov.model.Actor;
import org.cogov.model.CollaborationLink;
import org.cogov.model.DecisionBody;
import org.cogov.model.DecisionHolder;
import org.cogov.model.DecisionItem;
import org.cogov.model.DecisionRight;
import org.cogov.model.LinkKind;
import org.cogov.model.NamedElement;
import org.cogov.model.PlatformCase;
import org.cogov.model.RightKind;
import org.cogov.model.RoleKind;
import org.cogov.model.StructurePhase;
import org.cogov.ui.CogovUiPlugin;
import org.cogov.ui.editor.StudyDocuments;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;

/**
 * The diagram view's edits of the case it shows: each one is computed by {@link DiagramEdit} on the case's study
 * document and written into the editor's text by {@link StudyTextEdits}; the editor's reconciler then re-checks the
 * study and the diagram follows, markers included. A refusal goes to the status line; deleting an element others
 * refer to asks first.
 */
public final class DiagramDrawing {

	/** What the diagram shows, asked at the moment of each edit. */
	public interface Shown {
		/** The study document of the case shown, or null. */
		StudyDocument document();

		PlatformCase platformCase();

		/** The phase the diagram shows (null: none). */
		StructurePhase phase();

		DiagramKind kind();

		IWorkbenchPage page();

		Shell shell();

		void status(String error);
	}

	/** Asked before a deletion that reaches other elements: true removes the references with the element. */
	public interface DeletionQuestion {
		boolean removeReferences(DeletionImpact impact);
	}

	private final Shown shown;
	private DeletionQuestion question = this::ask;
	private String lastRefusal;

	public DiagramDrawing(Shown shown) {
		this.shown = shown;
	}

	/** Replaces the confirmation dialog (tests answer it). */
	public void setDeletionQuestion(DeletionQuestion question) {
		this.question = question;
	}

	/** Shows a refusal (or clears it with null) where the diagram's messages go. */
	public void status(String error) {
		shown.status(error);
	}

	/** The reason the last edit was refused, or null when it went through. */
	public String lastRefusal() {
		return lastRefusal;
	}

	/** Creates a new element of the tool's kind in the case or phase shown; its name, or null when refused. */
	public String create(DrawingTool tool) {
		return edit(List.of(), (edit, fresh) -> {
			PlatformCase platformCase = (PlatformCase) fresh.apply(shown.platformCase());
			StructurePhase phase = (StructurePhase) fresh.apply(shown.phase());
			return switch (tool) {
			case DEPARTMENT -> edit.newDepartment(platformCase, null, null);
			case ENTERPRISE -> edit.newEnterprise(platformCase, null, null);
			case OTHER_ACTOR -> edit.newOtherActor(platformCase, null);
			case DECISION_BODY -> phase == null ? refused(Messages.Edit_noPhase) : edit.newDecisionBody(phase, null);
			case DECISION_ITEM -> phase == null ? refused(Messages.Edit_noPhase) : edit.newDecisionItem(phase, null);
			default -> refused(Messages.bind(Messages.Edit_notACreationTool, tool.label()));
			};
		});
	}

	/** Why the tool cannot connect the source to the target (null when it can). */
	public String whyNot(DrawingTool tool, EObject source, EObject target) {
		if (tool.connection() == null) {
			return Messages.bind(Messages.Edit_notAConnectionTool, tool.label());
		}
		StudyDocument document = shown.document();
		if (document == null) {
			return tool.connection().whyNot(source, target);
		}
		synchronized (document.lock()) { // the diagram may still show the elements of before the last edit
			return tool.connection().whyNot(source == null ? null : find(document, source), target == null ? null : find(document, target));
		}
	}

	/** Connects two elements with the tool's connection; true when the text changed. */
	public boolean connect(DrawingTool tool, EObject source, EObject target) {
		return edit(List.of(source, target), (edit, fresh) -> {
			EObject from = fresh.apply(source);
			EObject to = fresh.apply(target);
			String why = whyNot(tool, from, to);
			if (why != null) {
				return refused(why);
			}
			return switch (tool) {
			case LINK -> edit.newLink((PlatformCase) from.eContainer(), (Actor) from, (Actor) to, LinkKind.DATA_SHARING);
			case MEMBERSHIP -> edit.newMembership((DecisionBody) to, (Actor) from);
			case DECISION_RIGHT -> edit.newDecisionRight((DecisionItem) to, (DecisionHolder) from, RightKind.CO_DECIDE);
			default -> refused(why);
			};
		}) != null;
	}

	public boolean rename(EObject element, String newName) {
		return edit(List.of(element), (edit, fresh) -> fresh.apply(element) instanceof NamedElement named
				? edit.rename(named, newName) : refused(Messages.Edit_cannotRename)) != null;
	}

	public boolean setLinkKind(CollaborationLink link, LinkKind kind) {
		return edit(List.of(link), (edit, fresh) -> edit.setLinkKind((CollaborationLink) fresh.apply(link), kind)) != null;
	}

	public boolean setRightKind(DecisionRight right, RightKind kind) {
		return edit(List.of(right), (edit, fresh) -> edit.setRightKind((DecisionRight) fresh.apply(right), kind)) != null;
	}

	/** Gives an actor of the case a role in the phase shown. */
	public boolean assignRole(Actor actor, RoleKind role) {
		return edit(List.of(actor), (edit, fresh) -> shown.phase() == null ? refused(Messages.Edit_noPhase)
				: edit.newRoleAssignment((StructurePhase) fresh.apply(shown.phase()), (Actor) fresh.apply(actor), role)) != null;
	}

	/** Remembers where the modeler put a node, beside the case's file (the DSL text never holds positions). */
	public boolean nodeMoved(DiagramNode node, Point topLeft) {
		StudyDocument document = shown.document();
		PlatformCase platformCase = shown.platformCase();
		StructurePhase phase = shown.phase();
		if (document == null || platformCase == null || phase == null || !document.uri().isFile()) {
			refuse(Messages.Edit_noCase);
			return false;
		}
		try {
			NodePositions.beside(Path.of(document.uri().toFileString())).put(shown.kind(), platformCase.getName(), phase.getName(),
					node.id(), topLeft);
			return true;
		} catch (IOException e) {
			refuse(Messages.bind(Messages.Edit_positionNotKept, e.getMessage()));
			return false;
		}
	}

	/** Deletes an element; when others refer to it, the modeler decides whether their references go with it. */
	public boolean delete(EObject element) {
		return edit(List.of(element), (edit, fresh) -> {
			EObject target = fresh.apply(element);
			EditOutcome outcome = edit.delete(target, ReferencePolicy.REPORT);
			if (outcome instanceof EditOutcome.NeedsDecision decision) {
				return question.removeReferences(decision.impact()) ? edit.delete(target, ReferencePolicy.REMOVE_REFERRERS)
						: refused(null);
			}
			return outcome;
		}) != null;
	}

	private boolean ask(DeletionImpact impact) {
		List<String> lines = new ArrayList<>();
		impact.referrers().stream().limit(12).forEach(r -> lines.add("\u2022 " + r.description())); //$NON-NLS-1$
		if (impact.referrers().size() > 12) {
			lines.add(Messages.bind(Messages.Edit_andMore, impact.referrers().size() - 12));
		}
		return MessageDialog.open(MessageDialog.QUESTION, shown.shell(), Messages.Edit_deleteTitle,
				Messages.bind(Messages.Edit_deleteQuestion, impact.elementWords(), String.join("\n", lines)), //$NON-NLS-1$
				0, Messages.Edit_deleteAndRemove, Messages.Edit_cancel) == 0;
	}

	/** One edit of the document, as the operation computes it from elements found again in the current model. */
	private interface Operation {
		EditOutcome compute(DiagramEdit edit, Function<EObject, EObject> fresh);
	}

	/**
	 * Brings the model up to the editor's text, finds the diagram's (possibly older) elements again in it by their
	 * names, computes the edit and writes it; answers the new element's name ("" when none), or null when refused.
	 */
	private String edit(List<EObject> elements, Operation operation) {
		lastRefusal = null;
		StudyDocument document = shown.document();
		if (document == null || shown.platformCase() == null) {
			return refuse(Messages.Edit_noCase);
		}
		try {
			IFile file = StudyDocuments.fileOf(document);
			if (file == null) {
				return refuse(Messages.bind(Messages.Edit_notInWorkspace, document.uri().toString()));
			}
			IDocument text = StudyTextEdits.documentOf(file, shown.page());
			EditOutcome outcome;
			synchronized (document.lock()) {
				if (!text.get().equals(document.text())) {
					document.update(text.get()); // typing the reconciler has not caught up with yet
				}
				Function<EObject, EObject> fresh = element -> element == null ? null : find(document, element);
				if (elements.stream().map(fresh).anyMatch(Predicate.isEqual(null))) {
					return refuse(Messages.Edit_elementGone);
				}
				outcome = operation.compute(new DiagramEdit(document), fresh);
			}
			if (outcome instanceof EditOutcome.Changed changed) {
				StudyTextEdits.apply(changed.change(), CogovUiPlugin.get().documents(), shown.page());
				shown.status(null);
				return changed.createdName() == null ? "" : changed.createdName(); //$NON-NLS-1$
			}
			return refuse(outcome instanceof EditOutcome.Refused refusal ? refusal.reason() : null);
		} catch (StudyTextEdits.NotWritten e) {
			return refuse(e.getMessage());
		}
	}

	private String refuse(String reason) {
		lastRefusal = reason == null ? "" : reason; //$NON-NLS-1$
		shown.status(reason);
		return null;
	}

	private static EditOutcome refused(String reason) {
		return new EditOutcome.Refused(reason);
	}

	/**
	 * The element with the same place and names in the document's current model. The diagram may have been drawn
	 * from the model before the last re-parse, whose elements are gone from the resource but keep their containers,
	 * so the path of keyed fragment segments ({@code @actors[name='DA']}) leads to the same element in the new one.
	 */
	static EObject find(StudyDocument document, EObject element) {
		if (element.eResource() == document.resource()) {
			return element;
		}
		List<EObject> roots = document.resource().getContents();
		EObject found = roots.isEmpty() ? null
				: EcoreUtil.getEObject(roots.get(0), EcoreUtil.getRelativeURIFragmentPath(null, element));
		return found != null && found.eClass() == element.eClass() ? found : null;
	}
}
