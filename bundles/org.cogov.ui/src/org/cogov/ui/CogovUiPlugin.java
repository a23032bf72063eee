/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui;

import org.cogov.dsl.ide.CogovIdeSetup;
import org.cogov.ui.editor.StudyDocuments;
import org.cogov.ui.preferences.WorkbenchSettings;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import com.google.inject.Injector;

/** The CoGov workbench bundle: holds the language's injector and the documents being edited. */
public class CogovUiPlugin extends AbstractUIPlugin {

	public static final String ID = "org.cogov.ui"; //$NON-NLS-1$

	private static CogovUiPlugin instance;

	private Injector injector;
	private StudyDocuments documents;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		// diagrams are laid out with Java2D font metrics; AWT must not start its own X11 toolkit next to SWT's
		if (System.getProperty("java.awt.headless") == null) { //$NON-NLS-1$
			System.setProperty("java.awt.headless", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		WorkbenchSettings.install();
		XtextLogBridge.install();
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		if (documents != null) {
			documents.dispose();
		}
		instance = null;
		super.stop(context);
	}

	public static CogovUiPlugin get() {
		return instance;
	}

	/** The CoGov language with its IDE services, created on first use (parsing, linking, rules). */
	public synchronized Injector injector() {
		if (injector == null) {
			injector = new CogovIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	public synchronized StudyDocuments documents() {
		if (documents == null) {
			documents = new StudyDocuments(injector());
		}
		return documents;
	}

	public static void log(String message, Throwable error) {
		ILog.of(CogovUiPlugin.class).log(new Status(IStatus.ERROR, ID, message, error));
	}
}
