/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The .odesign passes the shared offline check (strict load against Sirius' own metamodels, every reference
 * resolved, EMF's Diagnostician, every domainClass and typeName in cogov.ecore). The checker and the metamodels
 * sit in the shared folder next to the repository ({@code ../../../shared} from this bundle); where it is absent,
 * as in a user's clone, the test is skipped. System property {@code cogov.shared} names another place.
 */
public class OdesignOfflineCheckTest {

	private static File shared;
	private static OdesignCheckRun checker;

	@BeforeClass
	public static void compileTheChecker() throws IOException {
		shared = sharedFolder();
		Assume.assumeTrue("no shared folder with tools/odesign-check and sirius-metamodels above " //$NON-NLS-1$
				+ System.getProperty("user.dir"), shared != null); //$NON-NLS-1$
		checker = OdesignCheckRun.compile(new File(shared, "tools/odesign-check")); //$NON-NLS-1$
	}

	@AfterClass
	public static void deleteTheChecker() throws IOException {
		if (checker != null) {
			checker.close();
		}
	}

	/** The shared folder: the system property, else the first "shared" beside the working folder or its parents. */
	static File sharedFolder() {
		String property = System.getProperty("cogov.shared"); //$NON-NLS-1$
		if (property != null) {
			return isShared(new File(property)) ? new File(property) : null;
		}
		for (File folder = new File(System.getProperty("user.dir")).getAbsoluteFile(); folder != null; folder = folder.getParentFile()) { //$NON-NLS-1$
			File candidate = new File(folder, "shared"); //$NON-NLS-1$
			if (isShared(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	private static boolean isShared(File folder) {
		return new File(folder, "tools/odesign-check/src/main/java").isDirectory() //$NON-NLS-1$
				&& new File(folder, "sirius-metamodels").isDirectory(); //$NON-NLS-1$
	}

	@Test
	public void theSpecificationPassesTheOfflineCheck() throws Exception {
		File odesign = BundleFiles.design("description/cogov.odesign"); //$NON-NLS-1$
		OdesignCheckRun.Result result = checker.check(new File(shared, "sirius-metamodels"), odesign, //$NON-NLS-1$
				BundleFiles.model("model/cogov.ecore")); //$NON-NLS-1$
		assertEquals(result.output(), 0, result.exitCode());
		assertTrue(result.output(), result.output().contains(odesign.getName() + ": OK")); //$NON-NLS-1$
		assertTrue("the check saw the diagrams", result.output().contains("DiagramDescription=5")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	public void theCheckerFindsAWrongDomainClass() throws Exception {
		// guards against a check that passes because it checked nothing
		String text = Files.readString(BundleFiles.design("description/cogov.odesign").toPath(), StandardCharsets.UTF_8); //$NON-NLS-1$
		Path broken = Files.createTempFile("broken", ".odesign"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Files.writeString(broken, text.replace("domainClass=\"model::DecisionItem\"", "domainClass=\"model::DecisionItm\""), //$NON-NLS-1$ //$NON-NLS-2$
					StandardCharsets.UTF_8);
			OdesignCheckRun.Result result = checker.check(new File(shared, "sirius-metamodels"), broken.toFile(), //$NON-NLS-1$
					BundleFiles.model("model/cogov.ecore")); //$NON-NLS-1$
			assertEquals(result.output(), 1, result.exitCode());
			assertTrue(result.output(), result.output().contains("domainClass=model::DecisionItm not found")); //$NON-NLS-1$
		} finally {
			Files.delete(broken);
		}
	}
}
