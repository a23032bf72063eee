/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.cogov.model.Interviewee;
import org.cogov.model.Mechanism;
import org.cogov.model.PlatformCase;
import org.cogov.model.Study;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.junit.Test;

import com.google.inject.Injector;

/** A study split over files: sources in one, a case in another, names resolved both ways. */
public class CrossFileLinkingTest {

	private static final String SOURCES = "study S\nsources {\n\tinterviewee G01 side government affiliation A.DA\n"
			+ "\tinterviewee E01 side enterprise affiliation A.CSOE\n}\n";
	private static final String CASE_A = "study S\ncase A {\n\tdepartment DA data-authority\n\tenterprise CSOE private\n"
			+ "\tmechanism VI value-integration {\n\t\tevidence G01 hoop\n\t\tevidence S.E01 smoking-gun\n\t}\n}\n";

	@Test
	public void sourcesAndCasesInSeparateFilesSeeEachOther() throws Exception {
		Injector injector = StudyFixtures.injector();
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		XtextResource sources = StudyFixtures.parse(set, "sources.cogov", SOURCES);
		XtextResource caseFile = StudyFixtures.parse(set, "a.cogov", CASE_A);
		EcoreUtil.resolveAll(set);

		PlatformCase a = StudyFixtures.study(caseFile).getCases().get(0);
		Study sourceStudy = StudyFixtures.study(sources);
		Mechanism vi = a.getMechanisms().get(0);
		assertSame("short name of a source in another file of the same study", sourceStudy.getSources().get(0),
				vi.getEvidence().get(0).getSource());
		assertSame("qualified name of a source", sourceStudy.getSources().get(1), vi.getEvidence().get(1).getSource());
		Interviewee g01 = (Interviewee) sourceStudy.getSources().get(0);
		assertSame("case actor referenced from the sources file", a.getActors().get(0), g01.getAffiliation());
		assertFalse(g01.getAffiliation().eIsProxy());
		assertTrue(linkingErrors(sources).isEmpty());
		assertTrue(linkingErrors(caseFile).isEmpty());
	}

	@Test
	public void aCaseOfAnotherStudyIsNotVisibleUnqualified() throws Exception {
		Injector injector = StudyFixtures.injector();
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		StudyFixtures.parse(set, "sources.cogov", SOURCES.replace("study S", "study Other"));
		XtextResource caseFile = StudyFixtures.parse(set, "a.cogov", CASE_A);
		EcoreUtil.resolveAll(set);
		List<Issue> errors = linkingErrors(caseFile);
		assertEquals(errors.toString(), 2, errors.size());
		assertTrue(errors.get(0).getMessage(), errors.get(0).getMessage().startsWith("unknown source 'G01' in case 'A'"));
	}

	private static List<Issue> linkingErrors(XtextResource resource) {
		return StudyFixtures.issues(resource).stream()
				.filter(i -> org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC.equals(i.getCode())).toList();
	}
}
