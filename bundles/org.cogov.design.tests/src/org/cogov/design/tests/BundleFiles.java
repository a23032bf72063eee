/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.tests;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;

import org.cogov.design.Activator;
import org.cogov.model.CogovPackage;
import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Files of the bundles under test, wherever the tests run: inside OSGi (Tycho, the IDE) from the installed
 * bundles, extracted when they are jars; outside OSGi (plain JUnit from the test bundle's folder) from the
 * workspace layout bundles/&lt;bundle&gt;/.
 */
public final class BundleFiles {

	private BundleFiles() {
	}

	/** A file of org.cogov.design, e.g. "description/cogov.odesign". */
	public static File design(String path) throws IOException {
		return file(Activator.class, "org.cogov.design", path); //$NON-NLS-1$
	}

	/** A file of org.cogov.model, e.g. "model/cogov.ecore". */
	public static File model(String path) throws IOException {
		return file(CogovPackage.class, "org.cogov.model", path); //$NON-NLS-1$
	}

	/** The jar or folder a class is loaded from, to put it on another JVM's class path. */
	public static File classPathEntry(Class<?> type) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(type);
		if (bundle != null) {
			return FileLocator.getBundleFileLocation(bundle)
					.orElseThrow(() -> new IOException("No file for bundle " + bundle.getSymbolicName())); //$NON-NLS-1$
		}
		try {
			return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
		} catch (URISyntaxException e) {
			throw new IOException(e);
		}
	}

	private static File file(Class<?> anchor, String bundleFolder, String path) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(anchor);
		File file;
		if (bundle != null) {
			URL entry = bundle.getEntry(path);
			if (entry == null) {
				throw new FileNotFoundException(path + " in bundle " + bundle.getSymbolicName()); //$NON-NLS-1$
			}
			file = new File(FileLocator.toFileURL(entry).getPath());
		} else {
			File bundles = new File(System.getProperty("cogov.bundles", //$NON-NLS-1$
					new File(System.getProperty("user.dir")).getParent())); //$NON-NLS-1$
			file = new File(new File(bundles, bundleFolder), path);
		}
		if (!file.exists()) {
			throw new FileNotFoundException(file.getPath());
		}
		return file;
	}
}
