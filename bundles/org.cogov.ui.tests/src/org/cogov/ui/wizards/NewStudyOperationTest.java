/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.wizards;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.cogov.analysis.rules.RuleSettings;
import org.cogov.ui.markers.StudyNature;
import org.cogov.ui.wizards.StudySkeleton.CommentLanguage;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.After;
import org.junit.Test;

/** The new-study wizard's finish: a study project whose files the study builder finds no error in. */
public class NewStudyOperationTest {

	private final IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Skeleton Study");

	@After
	public void deleteProject() throws Exception {
		project.delete(true, true, new NullProgressMonitor());
	}

	@Test
	public void createsACheckedStudyProject() throws Exception {
		StudySkeleton skeleton = new StudySkeleton("SkeletonStudy", CommentLanguage.CHINESE);
		new StudyFilesOperation(project, "test").file(StudySkeleton.SOURCES_FILE, skeleton.sources("", "CountyX"))
				.file("CountyX.cogov", skeleton.caseFile("CountyX", "", StudySkeleton.Citations.NEW_STUDY))
				.file(RuleSettings.FILE_NAME, skeleton.rules()).run(new NullProgressMonitor());
		assertTrue(project.hasNature(StudyNature.ID));
		assertTrue(project.getFile("CountyX.cogov").exists());
		assertEquals("UTF-8", project.getFile(RuleSettings.FILE_NAME).getCharset());
		project.build(IncrementalProjectBuilder.FULL_BUILD, new NullProgressMonitor());
		IMarker[] problems = project.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE);
		assertEquals(0, problems.length);
		ExistingStudy existing = ExistingStudy.read(project);
		assertEquals("SkeletonStudy", existing.study());
		assertTrue(existing.hasCase("CountyX"));
		assertEquals(StudySkeleton.Citations.NEW_STUDY, existing.citations());
	}
}
