/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.services;

import org.cogov.analysis.classification.Classification;
import org.cogov.model.Actor;
import org.cogov.model.BenefitShare;
import org.cogov.model.DepartmentKind;
import org.cogov.model.Enterprise;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.NamedElement;
import org.cogov.model.OtherActor;
import org.cogov.model.OtherActorKind;
import org.cogov.model.Platform;
import org.cogov.model.Responsibility;
import org.cogov.model.RoleAssignment;
import org.cogov.model.RoleBasis;
import org.cogov.model.StructurePhase;
import org.cogov.model.StructureType;
import org.eclipse.emf.ecore.EObject;

/**
 * Sirius label services of the role structure and the phases. A label shows the element's display label (often
 * Chinese, 数据中心) on its first line and its identifier with key facts on the second ("DA · 数据主管部门"); enum
 * values read in Chinese and English where a reader needs both ("建设者 builder").
 */
public class LabelServices {

	/** The display label over the identifier, or the identifier alone; the type name for unnamed elements. */
	public String displayLabel(EObject element) {
		if (element instanceof NamedElement named) {
			return Texts.twoLines(named, Texts.name(named));
		}
		return element == null ? "" : element.eClass().getName(); //$NON-NLS-1$
	}

	/** An actor with its kind: department type, ownership of an enterprise, kind of another actor. */
	public String actorLabel(EObject actor) {
		if (!(actor instanceof Actor named)) {
			return displayLabel(actor);
		}
		return Texts.twoLines(named, Texts.join(Texts.name(named), kindOf(named)));
	}

	/** The platform with its kind, "C县智慧农业大数据平台 / AgriCloud · 政务数据平台". */
	public String platformLabel(EObject platform) {
		if (!(platform instanceof Platform named)) {
			return displayLabel(platform);
		}
		return Texts.twoLines(named, Texts.join(Texts.name(named), Texts.word(named.getKind())));
	}

	/** A role assignment as its role in both languages and its basis, "建设者 builder · 合同". */
	public String roleLabel(EObject role) {
		if (!(role instanceof RoleAssignment assignment)) {
			return ""; //$NON-NLS-1$
		}
		String basis = assignment.getBasis() == RoleBasis.UNSET ? "" : Texts.word(assignment.getBasis()); //$NON-NLS-1$
		return Texts.join(Texts.literal(assignment.getRole()), basis);
	}

	/** A responsibility with its category and the number of accountable actors when that is not exactly one. */
	public String responsibilityLabel(EObject responsibility) {
		if (!(responsibility instanceof Responsibility r)) {
			return displayLabel(responsibility);
		}
		int accountable = r.getAccountable().size();
		String warning = accountable == 1 ? "" : accountable + " accountable"; //$NON-NLS-1$ //$NON-NLS-2$
		return Texts.twoLines(r, Texts.join(Texts.name(r), Texts.word(r.getCategory()), warning));
	}

	/** A benefit share as its percentage and benefit type, "100% · 特许经营费 concession fee". */
	public String benefitShareLabel(EObject share) {
		if (!(share instanceof BenefitShare benefit)) {
			return ""; //$NON-NLS-1$
		}
		return Texts.join(Texts.percent(benefit.getShare()), Texts.literal(benefit.getType()));
	}

	/**
	 * A phase with its declared and its computed structure type, "特许经营 / P1 · declared 企业主导式 · computed
	 * 企业主导式"; the computed type is the analysis' classification under the study's parameters.
	 */
	public String phaseLabel(EObject phase) {
		if (!(phase instanceof StructurePhase structurePhase)) {
			return displayLabel(phase);
		}
		String declared = structurePhase.getDeclaredType() == StructureType.UNSET ? "" //$NON-NLS-1$
				: "declared " + Texts.word(structurePhase.getDeclaredType()); //$NON-NLS-1$
		Classification classification = PathServices.classification(phase);
		String computed = classification == null ? "" : "computed " + Texts.word(classification.type()) //$NON-NLS-1$ //$NON-NLS-2$
				+ (classification.isBorderline() ? " (borderline)" : ""); //$NON-NLS-1$ //$NON-NLS-2$
		return Texts.twoLines(structurePhase, Texts.join(Texts.name(structurePhase), declared, computed));
	}

	private static String kindOf(Actor actor) {
		if (actor instanceof GovernmentDepartment department && department.getKind() != DepartmentKind.OTHER) {
			return Texts.word(department.getKind());
		}
		if (actor instanceof Enterprise enterprise) {
			return Texts.word(enterprise.getOwnership());
		}
		if (actor instanceof OtherActor other && other.getKind() != OtherActorKind.OTHER) {
			return Texts.word(other.getKind());
		}
		return ""; //$NON-NLS-1$
	}
}
