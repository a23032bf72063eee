/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.tests.CaseBuilder.body;
import static org.cogov.analysis.tests.RuleFindings.context;
import static org.cogov.analysis.tests.RuleFindings.on;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cogov.analysis.SettingsException;
import org.cogov.analysis.tests.RuleFindings;
import org.cogov.analysis.tests.TinyCase;
import org.cogov.model.BodyKind;
import org.cogov.model.DecisionBody;
import org.cogov.model.DecisionRule;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A study switches rules off, changes their severity, and hears exactly where its settings file is wrong. */
public class RuleSettingsTest {

	@org.junit.Rule
	public TemporaryFolder folder = new TemporaryFolder();

	/** A model with one finding of COGOV-W08 (a body that never meets). */
	private static DecisionBody paperBody(TinyCase m) {
		return body(m.phase, "Group", BodyKind.LEADING_GROUP, DecisionRule.HIERARCHICAL, m.go, 0, m.go, m.da);
	}

	private Path write(String name, String text) throws IOException {
		Path file = folder.getRoot().toPath().resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	public void ruleSwitchedOff() {
		TinyCase m = new TinyCase();
		DecisionBody group = paperBody(m);
		RuleSettings off = RuleSettings.defaults().with(RuleCatalog.W08_PAPER_BODY, RuleSettings.Level.OFF);
		assertEquals(1, on(RuleFindings.of(m.platformCase), RuleCatalog.W08_PAPER_BODY, group).size());
		assertEquals(0, on(RuleFindings.of(m.platformCase, context(RuleSettings.CONTEXT_KEY, off)),
				RuleCatalog.W08_PAPER_BODY, group).size());
	}

	@Test
	public void ruleRaisedToErrorOrLoweredToInfo() {
		TinyCase m = new TinyCase();
		DecisionBody group = paperBody(m);
		RuleSettings error = RuleSettings.defaults().with(RuleCatalog.W08_PAPER_BODY, RuleSettings.Level.ERROR);
		RuleDiagnostic raised = on(RuleFindings.of(m.platformCase, context(RuleSettings.CONTEXT_KEY, error)),
				RuleCatalog.W08_PAPER_BODY, group).get(0);
		assertEquals(Diagnostic.ERROR, raised.getSeverity());
		assertFalse("an error makes the element invalid", CogovRules.validator().validate(group, null,
				context(RuleSettings.CONTEXT_KEY, error)));
		assertTrue(CogovRules.validator().validate(group, null, context(RuleSettings.CONTEXT_KEY, RuleSettings.defaults())));

		RuleSettings info = RuleSettings.defaults().with(RuleCatalog.W08_PAPER_BODY, RuleSettings.Level.INFO);
		assertEquals(Diagnostic.INFO, on(RuleFindings.of(m.platformCase, context(RuleSettings.CONTEXT_KEY, info)),
				RuleCatalog.W08_PAPER_BODY, group).get(0).getSeverity());
	}

	@Test
	public void settingsFileIsRead() throws Exception {
		Path file = write(RuleSettings.FILE_NAME, "# our study keeps paper bodies on purpose\n"
				+ "COGOV-W08 = off\n\ncogov-e01: warning   # lower while drafting\nCOGOV-R02=ERROR\n");
		RuleSettings settings = RuleSettings.load(file);
		assertEquals(RuleSettings.Level.OFF, settings.levelOf(RuleCatalog.W08_PAPER_BODY));
		assertEquals(RuleSettings.Level.WARNING, settings.levelOf(RuleCatalog.E01_ACCOUNTABLE_ACTOR));
		assertEquals(RuleSettings.Level.ERROR, settings.levelOf(RuleCatalog.R02_ENTERPRISE_OWNS_GOVERNMENT_DATA));
		assertEquals(RuleSettings.Level.WARNING, settings.levelOf(RuleCatalog.W01_ISOLATED_DEPARTMENT));
		assertEquals(RuleSettings.Level.ERROR, settings.levelOf(RuleCatalog.E02_FINAL_HOLDER));
	}

	@Test
	public void unknownRuleNamesFileAndLine() throws Exception {
		Path file = write(RuleSettings.FILE_NAME, "COGOV-W08 = off\nCOGOV-W99 = off\n");
		try {
			RuleSettings.load(file);
			fail("COGOV-W99 does not exist");
		} catch (SettingsException e) {
			assertEquals(file, e.getFile());
			assertEquals(2, e.getLine());
			assertTrue(e.getMessage(), e.getMessage().startsWith(file + ":2: unknown rule 'COGOV-W99'"));
			assertTrue(e.getMessage(), e.getMessage().endsWith(
					"the rules are COGOV-E01 to COGOV-E19, COGOV-W01 to COGOV-W14 and COGOV-R01 to COGOV-R04"));
		}
	}

	@Test
	public void unknownLevelNamesFileLineAndAllowedValues() throws Exception {
		Path file = write(RuleSettings.FILE_NAME, "\n# comment\nCOGOV-W01 = quiet\n");
		try {
			RuleSettings.load(file);
			fail("quiet is not a level");
		} catch (SettingsException e) {
			assertEquals(3, e.getLine());
			assertTrue(e.getMessage(), e.getMessage().contains(":3: 'COGOV-W01' is set to 'quiet'; allowed values are off, error, warning and info"));
		}
	}

	@Test
	public void malformedAndRepeatedLinesAreErrors() throws Exception {
		try {
			RuleSettings.load(write("a.properties", "COGOV-W01 off\n"));
			fail("no separator");
		} catch (SettingsException e) {
			assertEquals(1, e.getLine());
			assertTrue(e.getMessage(), e.getMessage().contains("expected 'key = value'"));
		}
		try {
			RuleSettings.load(write("b.properties", "COGOV-W01 = off\nCOGOV-W01 = error\n"));
			fail("set twice");
		} catch (SettingsException e) {
			assertEquals(2, e.getLine());
			assertTrue(e.getMessage(), e.getMessage().contains("first on line 1"));
		}
	}

	@Test
	public void ruleRangesFollowTheCatalogue() {
		List<Rule> all = RuleCatalog.all();
		assertTrue(RuleSettings.ruleRanges().contains(all.get(0).getId() + " to "));
		assertTrue(RuleSettings.ruleRanges().endsWith(all.get(all.size() - 1).getId()));
	}
}
