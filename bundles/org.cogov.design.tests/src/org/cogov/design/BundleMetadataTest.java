/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import org.cogov.design.tests.BundleFiles;
import org.cogov.design.tests.OdesignVocabularyCheck;
import org.junit.Assume;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The bundle builds and resolves without Sirius, and Sirius finds the viewpoint where it is installed. */
public class BundleMetadataTest {

	private static Attributes manifest() throws IOException {
		try (InputStream in = new FileInputStream(BundleFiles.design("META-INF/MANIFEST.MF"))) { //$NON-NLS-1$
			return new Manifest(in).getMainAttributes();
		}
	}

	private static List<String> list(String header) {
		return header == null ? List.of() : Arrays.stream(header.split(",")).map(String::strip).toList(); //$NON-NLS-1$
	}

	@Test
	public void theBundleRequiresNothingOfSirius() throws IOException {
		Attributes manifest = manifest();
		assertEquals(List.of("org.eclipse.core.runtime", "org.cogov.model", "org.cogov.analysis"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				list(manifest.getValue("Require-Bundle"))); //$NON-NLS-1$
		assertNull("no package imports, Sirius' least of all", manifest.getValue("Import-Package")); //$NON-NLS-1$ //$NON-NLS-2$
		assertNull(manifest.getValue("DynamicImport-Package")); //$NON-NLS-1$
		for (Object key : manifest.keySet()) {
			assertFalse(key + " mentions Sirius", manifest.getValue(key.toString()).contains("sirius")); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	public void theActivatorStartsLazilyAndExportsTheServices() throws IOException {
		Attributes manifest = manifest();
		assertEquals(Activator.class.getName(), manifest.getValue("Bundle-Activator")); //$NON-NLS-1$
		assertEquals("lazy", manifest.getValue("Bundle-ActivationPolicy")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(manifest.getValue("Bundle-SymbolicName").startsWith(Activator.PLUGIN_ID + ";singleton:=true")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(list(manifest.getValue("Export-Package")).contains("org.cogov.design.services")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	public void siriusFindsTheActivatorThroughTheComponentizationExtension() throws IOException {
		Document plugin;
		try (InputStream in = new FileInputStream(BundleFiles.design("plugin.xml"))) { //$NON-NLS-1$
			plugin = OdesignVocabularyCheck.parse(in);
		}
		Element extension = (Element) plugin.getElementsByTagName("extension").item(0); //$NON-NLS-1$
		assertEquals("org.eclipse.sirius.componentization", extension.getAttribute("point")); //$NON-NLS-1$ //$NON-NLS-2$
		Element component = (Element) extension.getElementsByTagName("component").item(0); //$NON-NLS-1$
		assertEquals(Activator.class.getName(), component.getAttribute("class")); //$NON-NLS-1$
		assertEquals(Activator.PLUGIN_ID, component.getAttribute("id")); //$NON-NLS-1$
	}

	@Test
	public void theBundleHoldsTheSpecificationWhereTheActivatorRegistersIt() throws IOException {
		String path = Activator.ODESIGN.substring(Activator.PLUGIN_ID.length() + 1);
		String odesign = Files.readString(BundleFiles.design(path).toPath(), StandardCharsets.UTF_8);
		assertTrue(odesign.contains("<ownedViewpoints name=\"CoGov\"")); //$NON-NLS-1$
		assertTrue(BundleFiles.design("icons/governance-risk.png").length() > 0); //$NON-NLS-1$
	}

	@Test
	public void theBuildIncludesTheSpecificationAndTheIcons() throws IOException {
		File file;
		try {
			file = BundleFiles.design("build.properties"); //$NON-NLS-1$
		} catch (FileNotFoundException e) {
			Assume.assumeNoException("a built bundle carries no build.properties", e); //$NON-NLS-1$
			return;
		}
		Properties build = new Properties();
		try (InputStream in = new FileInputStream(file)) {
			build.load(in);
		}
		List<String> included = list(build.getProperty("bin.includes")); //$NON-NLS-1$
		assertTrue(included.toString(), included.containsAll(List.of("META-INF/", "plugin.xml", "description/", "icons/"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
