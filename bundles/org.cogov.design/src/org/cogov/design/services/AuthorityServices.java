/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.services;

import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.analysis.shares.DecisionShares;
import org.cogov.model.Actor;
import org.cogov.model.DecisionBody;
import org.cogov.model.DecisionItem;
import org.cogov.model.DecisionRight;
import org.cogov.model.DepartmentKind;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.RightKind;
import org.cogov.model.StructurePhase;
import org.eclipse.emf.ecore.EObject;

/**
 * Sirius services about who decides: the data authority, each actor's decision share in a phase (the analysis'
 * {@link DecisionShares}, so a diagram shows the numbers the classification uses) and the decision items nobody
 * can settle. Every service accepts any element and answers false, 0 or an empty text where it does not apply.
 */
public class AuthorityServices {

	/** Whether the actor is a government department of the data-authority kind (大数据局). */
	public boolean isDataAuthority(EObject actor) {
		return actor instanceof GovernmentDepartment department && department.getKind() == DepartmentKind.DATA_AUTHORITY;
	}

	/**
	 * The actor's share s_a of final decision authority in a phase, 0..1.
	 *
	 * @param actor   the actor
	 * @param context the phase, or any element inside it (a diagram passes its root)
	 */
	public double decisionShare(EObject actor, EObject context) {
		StructurePhase phase = ModelContext.phaseOf(context);
		if (!(actor instanceof Actor holder) || phase == null) {
			return 0;
		}
		return shares(phase).share(holder);
	}

	/** The decision share as a percentage, "13%", or an empty text when the actor holds none. */
	public String decisionShareText(EObject actor, EObject context) {
		double share = decisionShare(actor, context);
		return share > 0 ? Texts.percent(share) : ""; //$NON-NLS-1$
	}

	/** Whether the right settles its item: FINAL or VETO, the rights that carry decision authority. */
	public boolean isFinalAuthority(EObject right) {
		return right instanceof DecisionRight decisionRight
				&& (decisionRight.getKind() == RightKind.FINAL || decisionRight.getKind() == RightKind.VETO);
	}

	/** Whether the item's domain is a data domain of the study (data-sharing rules, commercial data use). */
	public boolean isDataItem(EObject item) {
		return item instanceof DecisionItem decisionItem && ModelContext.parameters(item).isDataItem(decisionItem);
	}

	/** Whether nobody holds FINAL or VETO over the item (rule COGOV-E02). */
	public boolean lacksFinalHolder(EObject item) {
		if (!(item instanceof DecisionItem decisionItem)) {
			return false;
		}
		return decisionItem.getRights().stream().noneMatch(right -> right.getHolder() != null && isFinalAuthority(right));
	}

	/** Whether the body never meets and exists on paper only (rule COGOV-W08). */
	public boolean isPaperBody(EObject body) {
		return body instanceof DecisionBody decisionBody && decisionBody.getMeetingsPerYear() == 0;
	}

	/** The phase's decision shares under the study's parameters. */
	static DecisionShares shares(StructurePhase phase) {
		ClassificationParameters parameters = ModelContext.parameters(phase);
		return DecisionShares.of(phase, parameters::weightOf);
	}
}
