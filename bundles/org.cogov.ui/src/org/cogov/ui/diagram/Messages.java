/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.diagram;

import org.eclipse.osgi.util.NLS;

/** The diagram view's words, in English and Chinese. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.cogov.ui.diagram.messages"; //$NON-NLS-1$

	public static String Diagram_noCase;
	public static String Diagram_noPhase;
	public static String Diagram_failed;
	public static String Diagram_job;
	public static String Diagram_kindRole;
	public static String Diagram_kindDecision;
	public static String Diagram_kindNetwork;
	public static String Diagram_kindPath;
	public static String Diagram_currentPhase;
	public static String Diagram_phaseTip;
	public static String Diagram_zoomIn;
	public static String Diagram_zoomInTip;
	public static String Diagram_zoomOut;
	public static String Diagram_zoomOutTip;
	public static String Diagram_fit;
	public static String Diagram_fitTip;
	public static String Diagram_actualSize;
	public static String Diagram_actualSizeTip;
	public static String Diagram_export;
	public static String Diagram_exportTip;
	public static String Diagram_svgFiles;
	public static String Diagram_pngFiles;
	public static String Diagram_exportFailedTitle;
	public static String Diagram_exportFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
