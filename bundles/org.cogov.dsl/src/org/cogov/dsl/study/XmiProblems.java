/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cogov.dsl.study.FileDiagnostic.Severity;
import org.eclipse.emf.ecore.resource.Resource;
import org.xml.sax.SAXParseException;

/** Turns what EMF and the XML parser say about a broken XMI file into located, readable diagnostics. */
final class XmiProblems {

	private XmiProblems() {
	}

	static List<FileDiagnostic> of(Path file, Resource resource, Exception failure) {
		List<FileDiagnostic> result = new ArrayList<>();
		for (Resource.Diagnostic error : resource.getErrors()) {
			result.add(new FileDiagnostic(file, Math.max(0, error.getLine()), Math.max(0, error.getColumn()), Severity.ERROR,
					FileDiagnostic.SYNTAX, explain(error.getMessage())));
		}
		if (result.isEmpty()) {
			Throwable cause = failure;
			while (cause.getCause() != null && cause.getCause() != cause) {
				cause = cause.getCause();
			}
			int line = cause instanceof SAXParseException sax ? Math.max(0, sax.getLineNumber()) : 0;
			int column = cause instanceof SAXParseException sax ? Math.max(0, sax.getColumnNumber()) : 0;
			result.add(new FileDiagnostic(file, line, column, Severity.ERROR, FileDiagnostic.SYNTAX,
					explain(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage())));
		}
		return result;
	}

	/** The XML parser's words, with a modeler's explanation first where the cause is known. */
	static String explain(String message) {
		String text = message == null ? "" : message; //$NON-NLS-1$
		if (text.contains("DOCTYPE")) { //$NON-NLS-1$
			return "the file declares a DOCTYPE, which CoGov refuses (external entities could read other files): " + text; //$NON-NLS-1$
		}
		if (text.contains("Content is not allowed in prolog")) { //$NON-NLS-1$
			return "not an XMI file: there is text before the XML start (" + text + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (text.contains("must start and end within the same entity") || text.contains("Premature end of file")) { //$NON-NLS-1$ //$NON-NLS-2$
			return "the XMI file is truncated or empty (" + text + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (text.startsWith("Package with uri")) { //$NON-NLS-1$
			return "not a CoGov model: " + text; //$NON-NLS-1$
		}
		return "corrupt XMI: " + text; //$NON-NLS-1$
	}
}
