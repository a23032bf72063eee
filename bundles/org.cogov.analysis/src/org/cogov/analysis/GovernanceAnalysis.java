/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis;

import java.util.ArrayList;
import java.util.List;

import org.cogov.analysis.classification.Classification;
import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.analysis.classification.StructureClassifier;
import org.cogov.analysis.classification.StructureFeatures;
import org.cogov.analysis.metrics.CollaborationMetrics;
import org.cogov.analysis.metrics.CollaborationNetwork;
import org.cogov.analysis.metrics.DecisionInclusiveness;
import org.cogov.analysis.shares.DecisionShares;
import org.cogov.model.PlatformCase;
import org.cogov.model.Study;
import org.cogov.model.StructurePhase;
import org.cogov.model.resource.ElementPath;

/**
 * The entry point of the headless analyses: a phase (decision shares, features, structure type, collaboration
 * metrics), a case (all phases in time order and the changes between them) and a study (the cases side by side
 * with the thesis finding). Thresholds come from {@link ClassificationParameters}, our operationalisation of the
 * thesis; the validation rules live in {@code org.cogov.analysis.rules.CogovRules}.
 */
public final class GovernanceAnalysis {

	private GovernanceAnalysis() {
	}

	/** Analyses one phase; the phase must belong to a case. */
	public static PhaseAnalysis analyse(StructurePhase phase, ClassificationParameters parameters) {
		if (!(phase.eContainer() instanceof PlatformCase platformCase)) {
			throw new IllegalArgumentException(ElementPath.describe(phase) + " does not belong to a case"); //$NON-NLS-1$
		}
		DecisionShares shares = DecisionShares.of(phase, parameters::weightOf);
		StructureFeatures features = StructureFeatures.of(phase, shares, parameters);
		Classification classification = StructureClassifier.classify(features, parameters);
		CollaborationNetwork network = CollaborationNetwork.of(platformCase, phase);
		DecisionInclusiveness inclusiveness = DecisionInclusiveness.of(phase, network.departments(), parameters::weightOf);
		CollaborationMetrics metrics = CollaborationMetrics.of(network, inclusiveness.value(),
				CollaborationMetrics.clarity(phase.getResponsibilities()));
		return new PhaseAnalysis(phase, shares, features, classification, network, inclusiveness, metrics);
	}

	/** Analyses one phase with the default parameters. */
	public static PhaseAnalysis analyse(StructurePhase phase) {
		return analyse(phase, ClassificationParameters.defaults());
	}

	/** Analyses every phase of a case in time order. */
	public static CaseAnalysis analyse(PlatformCase platformCase, ClassificationParameters parameters) {
		List<PhaseAnalysis> phases = new ArrayList<>();
		for (StructurePhase phase : CaseAnalysis.inTimeOrder(platformCase)) {
			phases.add(analyse(phase, parameters));
		}
		return new CaseAnalysis(platformCase, phases);
	}

	/** Analyses a case with the default parameters. */
	public static CaseAnalysis analyse(PlatformCase platformCase) {
		return analyse(platformCase, ClassificationParameters.defaults());
	}

	/** Compares cases, each in its current phase. */
	public static StudyComparison compare(List<PlatformCase> cases, ClassificationParameters parameters) {
		List<CaseAnalysis> analyses = new ArrayList<>();
		for (PlatformCase platformCase : cases) {
			analyses.add(analyse(platformCase, parameters));
		}
		return StudyComparison.of(analyses);
	}

	/** Compares the cases of a study. */
	public static StudyComparison compare(Study study, ClassificationParameters parameters) {
		return compare(study.getCases(), parameters);
	}
}
