/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.build;

import java.util.Collection;
import java.util.Locale;

import org.cogov.diagram.model.DiagramWords;

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
		return label(Locale.ROOT);
	}

	/** The label in a locale's language: "2 条证据 · 确凿证据检验" in Chinese. */
	public String label(Locale locale) {
		if (count == 0) {
			return DiagramWords.get(locale, "evidence.none"); //$NON-NLS-1$
		}
		String text = DiagramWords.get(locale, "evidence.count", String.valueOf(count)); //$NON-NLS-1$
		if (contrary > 0) {
			text = DiagramWords.get(locale, "evidence.against", text, String.valueOf(contrary)); //$NON-NLS-1$
		}
		return strongest == ProcessTracingTest.UNSET ? text : Labels.join(text, Labels.words(strongest, locale));
	}
}
