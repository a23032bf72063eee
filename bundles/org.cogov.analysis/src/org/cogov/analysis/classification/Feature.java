/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.classification;

/** A feature of a phase's governance structure that the classification reads. */
public enum Feature {
	/** Sum of the decision shares of governmental actors. */
	G("G", true), //$NON-NLS-1$
	/** Sum of the decision shares of enterprises. */
	E("E", true), //$NON-NLS-1$
	/** The largest decision share. */
	SMAX("smax", true), //$NON-NLS-1$
	/** Whether the actor with the largest share is an enterprise. */
	LEAD_ENTERPRISE("lead is an enterprise", false), //$NON-NLS-1$
	/** Whether the actor with the largest share is governmental. */
	LEAD_GOVERNMENTAL("lead is governmental", false), //$NON-NLS-1$
	/** Normalised Herfindahl index of the shares over the actors of the phase. */
	HHI("HHI*", true), //$NON-NLS-1$
	/** Number of actors whose share reaches the nDec threshold. */
	N_DEC("nDec", true), //$NON-NLS-1$
	/** Number of enterprises holding a building, operating, investing or data-support role. */
	N_ENT_P("nEntP", true), //$NON-NLS-1$
	/** Whether an enterprise receives a market benefit. */
	MARKET("market", false), //$NON-NLS-1$
	/** Whether an enterprise owns (almost) all of a platform IP asset. */
	ENT_IP("entIP", false), //$NON-NLS-1$
	/** Whether IP or infrastructure is co-owned by government and an enterprise, or an enterprise co-invests. */
	JOINT_INV("jointInv", false), //$NON-NLS-1$
	/** Share of the decision weight held by small joint government-enterprise bodies. */
	W_JOINT("wJoint", true), //$NON-NLS-1$
	/** Whether a frequently meeting large body or a multi-department operations centre exists. */
	HUB("hub", false), //$NON-NLS-1$
	/** Number of core enterprises. */
	CORE_ENTERPRISES("core enterprises", true), //$NON-NLS-1$
	/** Whether any enterprise receives part of a FINAL or VETO unit. */
	ENTERPRISE_FINAL("an enterprise holds FINAL or VETO authority", false); //$NON-NLS-1$

	private final String label;
	private final boolean numeric;

	Feature(String label, boolean numeric) {
		this.label = label;
		this.numeric = numeric;
	}

	/** The feature's name as the domain writes it, e.g. "smax". */
	public String label() {
		return label;
	}

	/** Whether the feature is a number (else a yes/no flag). */
	public boolean isNumeric() {
		return numeric;
	}
}
