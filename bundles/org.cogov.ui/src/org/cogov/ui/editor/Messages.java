/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.editor;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the CoGov editor (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.cogov.ui.editor.messages"; //$NON-NLS-1$

	public static String Editor_openDeclaration;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
