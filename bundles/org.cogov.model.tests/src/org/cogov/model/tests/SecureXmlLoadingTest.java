/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.model.tests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.nio.file.Files;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** XMI loading refuses document type declarations, so external entities cannot leak local files (XXE). */
public class SecureXmlLoadingTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	@Test
	public void externalEntityIsRefused() throws Exception {
		File secret = folder.newFile("secret.txt");
		Files.writeString(secret.toPath(), "TOP-SECRET-CONTENT");
		File xmi = folder.newFile("evil.xmi");
		Files.writeString(xmi.toPath(), "<?xml version=\"1.0\"?>\n<!DOCTYPE s [<!ENTITY x SYSTEM \""
				+ secret.toURI() + "\">]>\n<cogov:Study xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
				+ "xmlns:cogov=\"http://www.cogov.org/model/1.0\" name=\"S\" description=\"&x;\"/>\n");
		Resource resource = XmiRoundTripTest.resourceSet().createResource(URI.createFileURI(xmi.getAbsolutePath()));
		try {
			resource.load(null);
			fail("a DOCTYPE was accepted");
		} catch (java.io.IOException | WrappedException e) {
			assertTrue(e.toString(), e.toString().contains("DOCTYPE"));
		}
		assertFalse(resource.getContents().stream().anyMatch(o -> o.toString().contains("TOP-SECRET")));
	}
}
