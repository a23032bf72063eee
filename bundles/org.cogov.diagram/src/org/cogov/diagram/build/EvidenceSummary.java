/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.build;

import java.util.Collection;

import org.cogov.model.EvidenceRef;
import org.cogov.model.ProcessTracingTest;
import org.cogov.model.Stance;

/**
 * How much evidence a claim rests on and the strongest process-tracing test among the supporting pieces
 * (doubly decisive &gt; smoking gun &gt; hoop &gt; straw in the wind), for edge labels of the path model.
 *
 * @param count       all pieces
 * @param contrary    pieces that contradict the claim
 * @param strongest   the strongest test of a supporting piece, UNSET when none is graded
 */
public record EvidenceSummary(int count, int contrary, ProcessTracingTest strongest) {

	/** Summarises evidence references. */
	public static EvidenceSummary of(Collection<? extends EvidenceRef> evidence) {
		int contrary = 0;
		ProcessTracingTest strongest = ProcessTracingTest.UNSET;
		for (EvidenceRef ref : evidence) {
			if (ref.getStance() == Stance.CONTRADICTS) {
				contrary++;
			} else if (ref.getTest() != null && ref.getTest().getValue() > strongest.getValue()) {
				strongest = ref.getTest();
			}
		}
		return new EvidenceSummary(evidence.size(), contrary, strongest);
	}

	/** Adds another summary. */
	public EvidenceSummary plus(EvidenceSummary other) {
		ProcessTracingTest best = other.strongest.getValue() > strongest.getValue() ? other.strongest : strongest;
		return new EvidenceSummary(count + other.count, contrary + other.contrary, best);
	}

	/** "2 evidence · smoking gun", "1 evidence (1 against)", "no evidence". */
	public String label() {
		if (count == 0) {
			return "no evidence"; //$NON-NLS-1$
		}
		String text = count + " evidence"; //$NON-NLS-1$
		if (contrary > 0) {
			text += " (" + contrary + " against)"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return strongest == ProcessTracingTest.UNSET ? text : text + " · " + Labels.words(strongest); //$NON-NLS-1$
	}
}
