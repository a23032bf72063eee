/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design;

import org.cogov.analysis.rules.CogovRules;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Plugin;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Registers the CoGov viewpoint ({@value #ODESIGN}) with Sirius when Sirius is installed, and says so in the
 * Eclipse log either way. Sirius starts this bundle itself: the {@code org.eclipse.sirius.componentization}
 * extension names this class, and loading it activates the bundle. Where Sirius is missing the bundle stays
 * inert and nothing of Sirius is ever loaded.
 * <p>
 * When Sirius is present the CoGov rules are registered as the EMF validator of the CoGov package, because Sirius'
 * "Validate diagram" runs the semantic model's EValidator: the rules' findings then show on the diagrams.
 */
public class Activator extends Plugin {

	/** The bundle's symbolic name. */
	public static final String PLUGIN_ID = "org.cogov.design"; //$NON-NLS-1$
	/** The Sirius bundle whose presence turns the viewpoint on. */
	public static final String SIRIUS_BUNDLE = "org.eclipse.sirius"; //$NON-NLS-1$
	/** The viewpoint specification, as Sirius' registry expects it: bundle id and path. */
	public static final String ODESIGN = PLUGIN_ID + "/description/cogov.odesign"; //$NON-NLS-1$

	private static Activator instance;

	private ViewpointRegistration registration = ViewpointRegistration.NONE;

	/** The running instance, or null while the bundle is not active. */
	public static Activator getDefault() {
		return instance;
	}

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		getLog().log(connect(Platform.getBundle(SIRIUS_BUNDLE)));
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		try {
			IStatus status = disconnect();
			if (!status.isOK()) {
				getLog().log(status);
			}
		} finally {
			instance = null;
			super.stop(context);
		}
	}

	/** Whether the viewpoint is registered with Sirius now. */
	public boolean isViewpointRegistered() {
		return registration.size() > 0;
	}

	/**
	 * Registers the rules and the viewpoint with the given Sirius bundle, or explains why not.
	 *
	 * @param sirius the resolved Sirius bundle, or null when Sirius is not installed
	 * @return what happened, for the log
	 */
	IStatus connect(Bundle sirius) {
		if (sirius == null) {
			return new Status(IStatus.INFO, PLUGIN_ID, "Sirius (" + SIRIUS_BUNDLE + ") is not installed: the CoGov Sirius viewpoint " //$NON-NLS-1$ //$NON-NLS-2$
					+ "is not registered. Install Sirius next to CoGov Studio to use the role, decision, network and path diagrams."); //$NON-NLS-1$
		}
		boolean rules = CogovRules.register();
		try {
			registration = ViewpointRegistration.register(sirius.loadClass(ViewpointRegistration.REGISTRY_CLASS), ODESIGN);
		} catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
			registration = ViewpointRegistration.NONE;
			return new Status(IStatus.ERROR, PLUGIN_ID, "Could not register the CoGov viewpoint " + ODESIGN + " with Sirius " //$NON-NLS-1$ //$NON-NLS-2$
					+ sirius.getVersion(), e);
		}
		String validator = rules ? "the CoGov rules run in Validate diagram" //$NON-NLS-1$
				: "another validator of the CoGov package (e.g. the DSL's) runs in Validate diagram"; //$NON-NLS-1$
		return new Status(IStatus.INFO, PLUGIN_ID, "Registered " + registration.size() + " CoGov viewpoint(s) from " + ODESIGN //$NON-NLS-1$ //$NON-NLS-2$
				+ " with Sirius " + sirius.getVersion() + "; " + validator + '.'); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Removes the viewpoint from Sirius' registry again. */
	IStatus disconnect() {
		ViewpointRegistration registered = registration;
		registration = ViewpointRegistration.NONE;
		try {
			registered.dispose();
			return Status.OK_STATUS;
		} catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
			return new Status(IStatus.WARNING, PLUGIN_ID, "Could not unregister the CoGov viewpoint from Sirius", e); //$NON-NLS-1$
		}
	}
}
