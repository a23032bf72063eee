/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.markers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

/**
 * The Problems view's side of validation: one marker per finding, of type {@link #PROBLEM} (governance risks:
 * {@link #RISK}, a subtype with its own colour), carrying the rule code and the element's URI fragment so that
 * quick fixes find the element again.
 */
public final class StudyMarkers {

	public static final String PROBLEM = "org.cogov.ui.problem"; //$NON-NLS-1$
	public static final String RISK = "org.cogov.ui.risk"; //$NON-NLS-1$
	/** The rule code, e.g. COGOV-E01, or syntax / link. */
	public static final String CODE = "code"; //$NON-NLS-1$
	/** The URI fragment of the element the finding is about. */
	public static final String ELEMENT = "element"; //$NON-NLS-1$

	/** A finding to show: located by offset (0-based) and line (1-based). */
	public record Finding(int severity, String code, String message, int line, int offset, int length, String element) {
	}

	private StudyMarkers() {
	}

	/** Replaces the file's CoGov markers by the findings (run inside a workspace operation on the file). */
	public static void replace(IFile file, List<Finding> findings) throws CoreException {
		if (!file.exists()) {
			return;
		}
		file.deleteMarkers(PROBLEM, true, IResource.DEPTH_ZERO);
		for (Finding finding : findings) {
			boolean risk = finding.code() != null && finding.code().startsWith("COGOV-R"); //$NON-NLS-1$
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(IMarker.SEVERITY, finding.severity());
			attributes.put(IMarker.MESSAGE, finding.message());
			attributes.put(IMarker.LINE_NUMBER, Math.max(1, finding.line()));
			if (finding.length() > 0) {
				attributes.put(IMarker.CHAR_START, finding.offset());
				attributes.put(IMarker.CHAR_END, finding.offset() + finding.length());
			}
			attributes.put(IMarker.LOCATION, "line " + Math.max(1, finding.line())); //$NON-NLS-1$
			attributes.put(CODE, finding.code());
			if (finding.element() != null) {
				attributes.put(ELEMENT, finding.element());
			}
			file.createMarker(risk ? RISK : PROBLEM, attributes);
		}
	}

	public static int severity(org.eclipse.xtext.diagnostics.Severity severity) {
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}
}
