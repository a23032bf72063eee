/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.study;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the study commands, wizards and views (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.cogov.ui.study.messages"; //$NON-NLS-1$

	public static String Example_importing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
