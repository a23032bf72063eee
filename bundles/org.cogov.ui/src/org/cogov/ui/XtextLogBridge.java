/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Xtext reports through log4j, which nothing reads in a workbench: its warnings and errors (a failed content-assist
 * computation, a linking crash) go to the Eclipse error log instead, where users and tests see them.
 */
final class XtextLogBridge extends AppenderSkeleton {

	/** Adds the bridge to log4j's root logger once. */
	static void install() {
		Logger root = Logger.getRootLogger();
		if (root.getAppender(XtextLogBridge.class.getName()) == null) {
			XtextLogBridge bridge = new XtextLogBridge();
			bridge.setName(XtextLogBridge.class.getName());
			bridge.setThreshold(Level.WARN);
			root.addAppender(bridge);
		}
	}

	@Override
	protected void append(LoggingEvent event) {
		int severity = event.getLevel().isGreaterOrEqual(Level.ERROR) ? IStatus.ERROR : IStatus.WARNING;
		ThrowableInformation thrown = event.getThrowableInformation();
		String message = event.getLoggerName() + ": " + event.getRenderedMessage(); //$NON-NLS-1$
		ILog.of(XtextLogBridge.class).log(new Status(severity, CogovUiPlugin.ID, message, thrown == null ? null : thrown.getThrowable()));
	}

	@Override
	public boolean requiresLayout() {
		return false;
	}

	@Override
	public void close() {
		// nothing held
	}
}
