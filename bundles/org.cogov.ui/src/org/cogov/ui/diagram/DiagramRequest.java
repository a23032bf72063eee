/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.diagram;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cogov.analysis.GovernanceAnalysis;
import org.cogov.analysis.rules.StudyFolderSettings;
import org.cogov.diagram.GovernanceDiagrams;
import org.cogov.diagram.layout.NodePositions;
import org.cogov.diagram.layout.PinnedNodes;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructurePhase;
import org.cogov.ui.CogovUiPlugin;
import org.cogov.ui.analysis.CaseFocus;
import org.cogov.ui.preferences.WorkbenchSettings;
import org.eclipse.emf.common.util.URI;
import org.eclipse.osgi.util.NLS;

/**
 * One diagram built off the UI thread under the study's lock, with the classification parameters of the study's
 * folder (the same as the command line uses), and the phases a user may choose from.
 */
final class DiagramRequest {

	/** A diagram and the phase it shows, or the reason there is none; and the case's phase names. */
	record Result(Diagram diagram, StructurePhase phase, String problem, List<String> phases) {
	}

	private DiagramRequest() {
	}

	static Result build(CaseFocus.Focus focus, DiagramKind kind, String phaseName) {
		synchronized (focus.document().lock()) {
			PlatformCase platformCase = focus.platformCase();
			List<String> phases = new ArrayList<>();
			StructurePhase chosen = null;
			for (StructurePhase phase : platformCase.getPhases()) {
				phases.add(phase.getName());
				if (phase.getName() != null && phase.getName().equals(phaseName)) {
					chosen = phase;
				}
			}
			if (platformCase.getPhases().isEmpty()) {
				return new Result(null, null, NLS.bind(Messages.Diagram_noPhase, platformCase.getName()), phases);
			}
			try {
				StudyFolderSettings settings = StudyFolderSettings.forResource(platformCase.eResource());
				// the phase first, so that the diagram is built for it without analysing the whole case again
				StructurePhase shown = chosen != null ? chosen
						: GovernanceAnalysis.analyse(platformCase, settings.parameters()).current().phase();
				Diagram diagram = GovernanceDiagrams.build(kind, platformCase, shown, settings.parameters(),
						WorkbenchSettings.locale());
				URI file = platformCase.eResource().getURI();
				if (file.isFile()) { // the nodes the modeler moved by hand, kept beside the case's file
					PinnedNodes.apply(diagram, NodePositions.beside(Path.of(file.toFileString()))
							.of(kind, platformCase.getName(), shown.getName()));
				}
				return new Result(diagram, shown, "", phases); //$NON-NLS-1$
			} catch (RuntimeException e) {
				// a half-typed model can trip the analysis; say so in the view and keep the editor working
				CogovUiPlugin.log("cannot draw the " + kind + " diagram of " + platformCase.getName(), e); //$NON-NLS-1$ //$NON-NLS-2$
				return new Result(null, null, NLS.bind(Messages.Diagram_failed, platformCase.getName(), e.getMessage()), phases);
			}
		}
	}
}
