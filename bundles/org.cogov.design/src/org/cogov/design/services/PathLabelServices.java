/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.services;

import org.cogov.model.Difficulty;
import org.cogov.model.Factor;
import org.cogov.model.FactorEffect;
import org.cogov.model.Mechanism;
import org.eclipse.emf.ecore.EObject;

/** Sirius label services of the path model: factors, their effects, mechanisms and difficulties. */
public class PathLabelServices {

	/** A factor with dimension, strength and direction, "本地技术能力薄弱 / T1 · 技术 · 弱 · 制约". */
	public String factorLabel(EObject factor) {
		if (!(factor instanceof Factor f)) {
			return ""; //$NON-NLS-1$
		}
		return Texts.twoLines(f, Texts.join(Texts.name(f), Texts.word(f.getDimension()), Texts.word(f.getStrength()),
				Texts.word(f.getDirection())));
	}

	/** The aspect of the structure a factor effect acts on, "角色配置 role allocation". */
	public String effectLabel(EObject effect) {
		return effect instanceof FactorEffect e ? Texts.literal(e.getAspect()) : ""; //$NON-NLS-1$
	}

	/** A mechanism with kind and strength, "技术赋能 / TE · 技术赋能 · 弱". */
	public String mechanismLabel(EObject mechanism) {
		if (!(mechanism instanceof Mechanism m)) {
			return ""; //$NON-NLS-1$
		}
		return Texts.twoLines(m, Texts.join(Texts.name(m), Texts.word(m.getKind()), Texts.word(m.getStrength())));
	}

	/** A difficulty with kind, severity and whether it is left unresolved, "职责不清 / Responsibilities · 职责不清 · 高". */
	public String difficultyLabel(EObject difficulty) {
		if (!(difficulty instanceof Difficulty d)) {
			return ""; //$NON-NLS-1$
		}
		return Texts.twoLines(d, Texts.join(Texts.name(d), Texts.word(d.getKind()), Texts.word(d.getSeverity()),
				d.isUnresolved() ? "unresolved" : "")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
