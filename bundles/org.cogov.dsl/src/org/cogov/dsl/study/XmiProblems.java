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
		String text = withoutJavaNoise(message == null ? "" : message); //$NON-NLS-1$
		if (text.contains("DOCTYPE")) { //$NON-NLS-1$
			return "the file declares a DOCTYPE, which CoGov refuses (external entities could read other files): " + text; //$NON-NLS-1$
		}
		if (text.contains("Content is not allowed in prolog")) { //$NON-NLS-1$
			return "not an XMI file: there is text before the XML start (" + text + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (text.contains("must start and end within the same entity") || text.contains("Premature end of file")) { //$NON-NLS-1$ //$NON-NLS-2$
			return "the XMI file is truncated or empty (" + text + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (text.startsWith("Invalid byte")) { //$NON-NLS-1$
			return "the file is not UTF-8 text, which CoGov's XMI files are; save it as UTF-8 (" + text + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (text.startsWith("Package with uri")) { //$NON-NLS-1$
			return "not a CoGov model: " + text; //$NON-NLS-1$
		}
		return "corrupt XMI: " + text; //$NON-NLS-1$
	}

	/**
	 * The parser's own sentence without what only a programmer reads: the SAX exception's class, public and system
	 * id and position (the diagnostic carries the position), Java exception class names, and EMF's
	 * "(file:..., line, column)" suffix.
	 */
	static String withoutJavaNoise(String message) {
		String text = message;
		int column = text.indexOf("columnNumber: "); //$NON-NLS-1$
		if (text.startsWith("org.xml.sax.SAXParseException") && column >= 0) { //$NON-NLS-1$
			int end = text.indexOf("; ", column); //$NON-NLS-1$
			text = end < 0 ? text : text.substring(end + 2);
		}
		text = text.replaceFirst("^([a-z][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error):\\s*", ""); //$NON-NLS-1$ //$NON-NLS-2$
		text = text.replaceFirst("\\s*\\([a-z]+:[^()]*, -?\\d+, -?\\d+\\)\\s*$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return text.strip();
	}
}
