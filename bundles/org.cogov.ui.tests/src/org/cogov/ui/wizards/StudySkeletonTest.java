/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.wizards;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cogov.analysis.rules.RuleCatalog;
import org.cogov.analysis.rules.RuleSettings;
import org.cogov.dsl.study.FileDiagnostic;
import org.cogov.dsl.study.LoadedStudy;
import org.cogov.dsl.study.StudyLoader;
import org.cogov.ui.wizards.StudySkeleton.CommentLanguage;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The files the new-study wizard writes are a valid study without findings, with comments in either language. */
public class StudySkeletonTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private List<FileDiagnostic> check(CommentLanguage language) throws Exception {
		Path study = folder.newFolder(language.name()).toPath();
		StudySkeleton skeleton = new StudySkeleton("MyStudy", language);
		Files.writeString(study.resolve(StudySkeleton.SOURCES_FILE), skeleton.sources("我的研究", "CountyX"));
		Files.writeString(study.resolve(StudySkeleton.caseFileName("CountyX")),
				skeleton.caseFile("CountyX", "某县", StudySkeleton.Citations.NEW_STUDY));
		Files.writeString(study.resolve(RuleSettings.FILE_NAME), skeleton.rules());
		LoadedStudy loaded = StudyLoader.standalone().load(List.of(study));
		assertEquals(1, loaded.cases().size());
		return loaded.diagnostics();
	}

	@Test
	public void englishSkeletonHasNoFindings() throws Exception {
		assertEquals(List.of(), check(CommentLanguage.ENGLISH));
	}

	@Test
	public void chineseSkeletonHasNoFindings() throws Exception {
		assertEquals(List.of(), check(CommentLanguage.CHINESE));
	}

	@Test
	public void rulesFileListsEveryRuleCommentedOut() {
		String rules = new StudySkeleton("S", CommentLanguage.ENGLISH).rules();
		for (org.cogov.analysis.rules.Rule rule : RuleCatalog.all()) {
			assertTrue(rule.getId(), rules.contains("# " + rule.getId() + " = "));
		}
	}
}
