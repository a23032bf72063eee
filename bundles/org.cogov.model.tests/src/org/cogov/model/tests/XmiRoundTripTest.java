/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.model.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collections;

import org.cogov.model.CollaborationLink;
import org.cogov.model.Enterprise;
import org.cogov.model.PlatformCase;
import org.cogov.model.RoleAssignment;
import org.cogov.model.Study;
import org.cogov.model.resource.CogovResourceFactory;
import org.cogov.model.resource.ModelFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class XmiRoundTripTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	static ResourceSet resourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(CogovResourceFactory.XMI_EXTENSION,
				new CogovResourceFactory());
		return set;
	}

	static File save(Study study, File file) throws Exception {
		Resource resource = resourceSet().createResource(URI.createFileURI(file.getAbsolutePath()));
		resource.getContents().add(study);
		ModelFiles.save(resource, Collections.emptyMap());
		return file;
	}

	@Test
	public void countyASurvivesSaveAndReloadInAFreshResourceSet() throws Exception {
		Study original = CountyAFixture.create();
		File file = save(original, folder.newFile("countyA.xmi"));

		Resource reloaded = resourceSet().getResource(URI.createFileURI(file.getAbsolutePath()), true);
		assertTrue(reloaded.getErrors().toString(), reloaded.getErrors().isEmpty());
		Study copy = (Study) reloaded.getContents().get(0);
		assertTrue("reloaded study differs from the saved one", EcoreUtil.equals(original, copy));

		PlatformCase a = copy.getCases().get(0);
		assertEquals(11, a.getActors().size());
		RoleAssignment builder = a.getPhases().get(0).getRoles().get(0);
		assertFalse(builder.getActor().eIsProxy());
		assertEquals("CSOE", builder.getActor().getName());
		assertTrue(builder.getActor() instanceof Enterprise);
		CollaborationLink link = a.getLinks().get(1);
		assertEquals("HealthCivil", link.getName());
		assertEquals("民政局", link.getTo().getLabel());
	}

	@Test
	public void referencesAreStoredByNameNotByPosition() throws Exception {
		File file = save(CountyAFixture.create(), folder.newFile("keys.xmi"));
		String xml = Files.readString(file.toPath(), StandardCharsets.UTF_8);
		assertTrue(xml, xml.contains("@actors[name='CSOE']"));
		assertFalse("positional actor references would break when actors are reordered", xml.contains("@actors."));
	}

	@Test
	public void referencesSurviveReorderingTheActorsInTheFile() throws Exception {
		Study study = CountyAFixture.create();
		File file = save(study, folder.newFile("reorder.xmi"));
		Study loaded = (Study) resourceSet().getResource(URI.createFileURI(file.getAbsolutePath()), true).getContents().get(0);
		PlatformCase a = loaded.getCases().get(0);
		a.getActors().move(0, a.getActors().size() - 1); // DA to the end
		File second = new File(folder.getRoot(), "reordered.xmi");
		loaded.eResource().setURI(URI.createFileURI(second.getAbsolutePath()));
		ModelFiles.save(loaded.eResource(), Collections.emptyMap());
		Study again = (Study) resourceSet().getResource(URI.createFileURI(second.getAbsolutePath()), true).getContents().get(0);
		assertEquals("DA", again.getCases().get(0).getPhases().get(0).getBodies().get(1).getChair().getName());
	}
}
