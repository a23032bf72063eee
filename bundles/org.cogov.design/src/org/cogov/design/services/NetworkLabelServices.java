/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.services;

import org.cogov.model.CollaborationLink;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.LinkKind;
import org.cogov.model.LinkStatus;
import org.cogov.model.SharingCategory;
import org.eclipse.emf.ecore.EObject;

/** Sirius label services of the collaboration network: departments with their ties, links with their kind. */
public class NetworkLabelServices {

	private final NetworkServices network = new NetworkServices();

	/**
	 * A department with the number of departments it has counted ties with, "数据中心 / DA · 3 ties".
	 *
	 * @param department the department
	 * @param context    the phase or the case the diagram shows
	 */
	public String departmentLabel(EObject department, EObject context) {
		if (!(department instanceof GovernmentDepartment node)) {
			return ""; //$NON-NLS-1$
		}
		int ties = network.tieCount(department, context);
		return Texts.twoLines(node, Texts.join(Texts.name(node), ties == 1 ? "1 tie" : ties + " ties")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * A link with its kind, mediation, the sharing category of data links and a status other than active,
	 * "数据共享 data sharing · 平台中介 · 有条件共享".
	 */
	public String linkLabel(EObject link) {
		if (!(link instanceof CollaborationLink l)) {
			return ""; //$NON-NLS-1$
		}
		String sharing = l.getKind() == LinkKind.DATA_SHARING && l.getSharing() != SharingCategory.UNSET ? Texts.word(l.getSharing()) : ""; //$NON-NLS-1$
		String status = l.getStatus() == LinkStatus.ACTIVE ? "" : Texts.word(l.getStatus()); //$NON-NLS-1$
		return Texts.join(Texts.literal(l.getKind()), Texts.word(l.getMediation()), sharing, status);
	}
}
