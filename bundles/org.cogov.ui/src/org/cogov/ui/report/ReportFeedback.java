/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.report;

import java.nio.file.Path;
import java.util.List;

import org.cogov.dsl.study.FileDiagnostic;
import org.eclipse.core.resources.IProject;

/** What a report export tells the researcher when it ends; {@link ReportDialogs} shows it, tests record it. */
interface ReportFeedback {

	/** The export ended without a report, for a reason that is no error (no files, no cases). */
	void inform(String message);

	/** The study files have syntax or reference errors, so no report was written. */
	void broken(IProject project, List<FileDiagnostic> errors);

	/** Writing failed. */
	void failed(String message, Throwable error);

	/** The report was written. */
	void written(Path folder, Path html);
}
