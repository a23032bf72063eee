/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.model.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Collections;
import java.util.Map;

import org.cogov.model.Actor;
import org.cogov.model.DecisionBody;
import org.cogov.model.Membership;
import org.cogov.model.PlatformCase;
import org.cogov.model.Study;
import org.cogov.model.resource.ModelFiles;
import org.cogov.model.resource.ModelFiles.DanglingReferenceException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ReferenceIntegrityTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private static Actor actor(PlatformCase c, String name) {
		return c.getActors().stream().filter(a -> name.equals(a.getName())).findFirst().orElseThrow();
	}

	@Test
	public void saveRefusesAndNamesReferencesToARemovedActor() throws Exception {
		File file = folder.newFile("a.xmi");
		Study study = CountyAFixture.create();
		XmiRoundTripTest.save(study, file);
		byte[] before = Files.readAllBytes(file.toPath());

		PlatformCase a = study.getCases().get(0);
		a.getActors().remove(actor(a, "PS")); // removed, but still referenced by links, bodies, roles
		try {
			ModelFiles.save(study.eResource(), Collections.emptyMap());
			fail("saved a model with references to a removed actor");
		} catch (DanglingReferenceException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("deleted department 'PS'"));
			assertTrue(e.getMessage(), e.getMessage().contains("membership in decision body 'JM' of phase 'P2' of case 'CountyA'"));
			assertFalse(e.getDangling().isEmpty());
		}
		assertTrue("the file on disk must stay as it was", java.util.Arrays.equals(before, Files.readAllBytes(file.toPath())));
	}

	@Test
	public void deletingAnActorRemovesEveryReferenceAndSaves() throws Exception {
		File file = folder.newFile("b.xmi");
		Study study = CountyAFixture.create();
		XmiRoundTripTest.save(study, file);
		PlatformCase a = study.getCases().get(0);
		DecisionBody jm = a.getPhases().get(0).getBodies().get(1);
		int members = jm.getMembers().size();

		EcoreUtil.delete(actor(a, "PS"), true);
		for (Membership m : jm.getMembers()) {
			if (m.getActor() == null) {
				EcoreUtil.delete(m);
				break;
			}
		}
		ModelFiles.save(study.eResource(), Collections.emptyMap());
		String xml = Files.readString(file.toPath());
		assertFalse(xml.contains("name='PS'"));
		assertEquals(members - 1, jm.getMembers().size());
	}

	@Test
	public void aSaveThatFailsHalfWayLeavesTheOldFileIntact() throws Exception {
		File file = folder.newFile("c.xmi");
		Study study = CountyAFixture.create();
		XmiRoundTripTest.save(study, file);
		byte[] before = Files.readAllBytes(file.toPath());

		XMIResourceImpl crashing = new XMIResourceImpl(URI.createFileURI(file.getAbsolutePath())) {
			@Override
			public void doSave(OutputStream out, Map<?, ?> options) throws IOException {
				out.write("<?xml version=\"1.0\"?><broken".getBytes());
				throw new IOException("disk full (simulated)");
			}
		};
		crashing.getContents().add(EcoreUtil.copy(study));
		try {
			ModelFiles.save(crashing, Collections.emptyMap());
			fail("expected the simulated failure");
		} catch (IOException e) {
			assertEquals("disk full (simulated)", e.getMessage());
		}
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file.toPath())));
		String[] left = folder.getRoot().list((dir, name) -> name.endsWith(".saving"));
		assertEquals("temporary files left behind", 0, left.length);
	}
}
