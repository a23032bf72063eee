/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.util.List;

import org.cogov.dsl.ide.CogovIdeSetup;
import org.cogov.dsl.ide.editing.Formatting;
import org.cogov.dsl.ide.editing.QuickFixes;
import org.cogov.dsl.ide.editing.StudyDocument;
import org.cogov.dsl.ide.editing.StudyWorkspace;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.google.inject.Injector;

/** One test per quick fix: the rule fires, the fix applies, the rule is gone and the rest of the text is intact. */
public class QuickFixesTest {

	private static final String HEAD = "study S\ncase A {\n\tdepartment DA data-authority\n\tdepartment PS public-security\n"
			+ "\tenterprise EF private\n\tlink DA <-> PS data-sharing // keep this comment\n";

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private static Injector injector;

	@BeforeClass
	public static void createInjector() {
		injector = new CogovIdeSetup().createInjectorAndDoEMFRegistration();
	}

	private StudyDocument document(String text) throws Exception {
		File file = folder.newFile("q" + System.nanoTime() + ".cogov");
		Files.writeString(file.toPath(), text);
		StudyDocument document = new StudyWorkspace(injector).document(URI.createFileURI(file.getAbsolutePath()));
		document.update(text);
		return document;
	}

	/** Applies the fix with the given label for the first issue of the code, and returns the new text. */
	private String fix(String text, String code, String label) throws Exception {
		StudyDocument document = document(text);
		Issue issue = issue(document, code);
		List<QuickFixes.Fix> fixes = QuickFixes.forIssue(document, code, issue.getUriToProblem().fragment());
		QuickFixes.Fix chosen = fixes.stream().filter(f -> f.label().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no fix '" + label + "' among " + fixes));
		String fixed = Formatting.apply(text, chosen.edits());
		document.update(fixed);
		assertFalse(code + " still reported after the fix:\n" + fixed,
				document.validate(CancelIndicator.NullImpl).stream().anyMatch(i -> code.equals(i.getCode())));
		assertTrue("comment lost", fixed.contains("// keep this comment"));
		return fixed;
	}

	private static Issue issue(StudyDocument document, String code) {
		return document.validate(CancelIndicator.NullImpl).stream().filter(i -> code.equals(i.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError(code + " not reported"));
	}

	@Test
	public void e01NamesAnAccountableActor() throws Exception {
		String text = HEAD + "\tphase P {\n\t\tresponsibility Ops \"运维\" category operation responsible EF\n\t}\n}\n";
		String fixed = fix(text, "COGOV-E01", "Make EF accountable");
		assertTrue(fixed, fixed.contains("responsibility Ops \"运维\" category operation accountable EF responsible EF"));
	}

	@Test
	public void e01KeepsOneOfSeveralAccountableActors() throws Exception {
		String text = HEAD + "\tphase P {\n\t\tresponsibility Ops accountable DA, EF\n\t}\n}\n";
		assertTrue(fix(text, "COGOV-E01", "Keep DA as the only accountable actor").contains("responsibility Ops accountable DA\n"));
	}

	@Test
	public void e05AddsTheChairToTheMembers() throws Exception {
		String text = HEAD + "\tphase P {\n\t\tbody JM joint-meeting chair DA rule consensus meets 12 per year members PS, EF\n\t}\n}\n";
		assertTrue(fix(text, "COGOV-E05", "Add DA to the members").contains("members PS, EF, DA"));
	}

	@Test
	public void w05MarksADifficultyUnresolvedOrResolved() throws Exception {
		String text = HEAD + "\tmechanism VI value-integration addresses no-common-goals\n"
				+ "\tdifficulty Goals no-common-goals severity high affects PS {\n\t\tevidence X\n\t}\n}\n";
		String unresolved = fix(text, "COGOV-W05", "Mark as unresolved");
		assertTrue(unresolved, unresolved.contains("difficulty Goals no-common-goals severity high affects PS unresolved {"));
		String resolved = fix(text, "COGOV-W05", "Resolved by VI");
		assertTrue(resolved, resolved.contains("affects PS resolved by VI {"));
	}

	@Test
	public void w10NamesTheAgreementOfAnEnterpriseRole() throws Exception {
		String text = HEAD + "\tphase P {\n\t\tagreement Build procurement parties DA, EF\n\t\trole EF builder by contract\n\t}\n}\n";
		assertTrue(fix(text, "COGOV-W10", "Under agreement Build").contains("role EF builder by contract under Build"));
	}

	@Test
	public void w13DeclaresTheComputedType() throws Exception {
		String text = HEAD + "\tphase P declared network {\n\t\tdecision D strategy {\n\t\t\tfinal DA\n\t\t}\n\t}\n}\n";
		String fixed = fix(text, "COGOV-W13", "Declare the computed type government-led");
		assertTrue(fixed, fixed.contains("phase P declared government-led {"));
	}

	@Test
	public void r04AddsAnExitClause() throws Exception {
		String text = HEAD + "\tphase P {\n\t\tasset IP platform-ip owned by EF 100% controlled by EF hosted on enterprise-cloud\n"
				+ "\t\tasset Infra infrastructure owned by EF 100% controlled by EF hosted on enterprise-cloud\n\t}\n}\n";
		String fixed = fix(text, "COGOV-R04", "Add an exit clause to IP");
		assertTrue(fixed, fixed.contains("asset IP platform-ip owned by EF 100% controlled by EF hosted on enterprise-cloud exit-clause\n"));
		assertEquals("the other asset is untouched", 1, fixed.split("exit-clause", -1).length - 1);
	}
}
