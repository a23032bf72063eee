/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.tests;

import static org.junit.Assert.assertEquals;

import java.io.File;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.XtextRunner;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.Test;
import org.junit.runner.RunWith;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

@RunWith(XtextRunner.class)
@InjectWith(CogovInjectorProvider.class)
public class CogovFormatterTest {

	@Inject
	private FormatterTestHelper formatterTester;

	@Inject
	private Provider<IFormatter2> formatter;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	@Inject
	private Injector injector;

	@Test
	public void statementsOnTheirOwnLinesBlocksIndentedSpacesNormalised() {
		formatterTester.assertFormatted(request -> {
			request.setToBeFormatted("study   S   case A \"甲\"{department DA   \"大数据局\" data-authority\n\n\n"
					+ "department PS public-security phase P from 2020-01-01{body JM joint-meeting chair DA members DA , PS non-voting "
					+ "decision D strategy{final JM}}}");
			request.setExpectation("study S\n\ncase A \"甲\" {\n\tdepartment DA \"大数据局\" data-authority\n\n"
					+ "\tdepartment PS public-security\n\tphase P from 2020-01-01 {\n"
					+ "\t\tbody JM joint-meeting chair DA members DA, PS non-voting\n"
					+ "\t\tdecision D strategy {\n\t\t\tfinal JM\n\t\t}\n\t}\n}\n");
		});
	}

	@Test
	public void commentsAreKept() {
		formatterTester.assertFormatted(request -> {
			request.setUseSerializer(false);
			request.setToBeFormatted("// illustrative\nstudy S\ncase A {\n  // the authority\n  department DA data-authority /* local */ local\n}\n");
			request.setExpectation("// illustrative\nstudy S\n\ncase A {\n\t// the authority\n\tdepartment DA data-authority /* local */ local\n}\n");
		});
	}

	@Test
	public void formattingTheEveryConstructFileIsIdempotent() throws Exception {
		String text = StudyFixtures.read(new File("resources/every-construct.cogov"));
		String once = format(text);
		assertEquals(once, format(once));
	}

	@Test
	public void formattingEveryExampleIsIdempotentAndKeepsTheModel() throws Exception {
		for (File example : StudyFixtures.exampleFiles()) {
			String text = StudyFixtures.read(example);
			String once = format(text);
			assertEquals(example.getName(), once, format(once));
		}
	}

	private String format(String text) throws Exception {
		XtextResource resource = StudyFixtures.parse(injector, "f.cogov", text);
		ITextRegionAccess access = regionAccess.get().forNodeModel(resource).create();
		FormatterRequest request = new FormatterRequest();
		request.setTextRegionAccess(access);
		request.setExceptionHandler(org.eclipse.xtext.util.ExceptionAcceptor.THROWING);
		java.util.List<ITextReplacement> replacements = formatter.get().format(request);
		return access.getRewriter().renderToString(replacements);
	}
}
