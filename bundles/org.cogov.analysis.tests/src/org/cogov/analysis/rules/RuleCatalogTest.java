/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.Test;

/** The catalogue is complete, its IDs stable and every rule has a name and message in both languages. */
public class RuleCatalogTest {

	@Test
	public void idsAreNumberedWithoutGapsPerCategory() {
		List<String> expected = new ArrayList<>();
		for (int i = 1; i <= 19; i++) {
			expected.add(String.format("COGOV-E%02d", i));
		}
		for (int i = 1; i <= 14; i++) {
			expected.add(String.format("COGOV-W%02d", i));
		}
		for (int i = 1; i <= 4; i++) {
			expected.add(String.format("COGOV-R%02d", i));
		}
		assertEquals(expected, RuleCatalog.all().stream().map(Rule::getId).toList());
	}

	@Test
	public void categoriesSeveritiesAndCodes() {
		Set<Integer> codes = new HashSet<>();
		for (Rule rule : RuleCatalog.all()) {
			char letter = rule.getId().charAt("COGOV-".length());
			assertEquals(rule.getId(), letter, rule.getCategory().letter());
			assertEquals(rule.getId(), letter == 'E' ? Diagnostic.ERROR : Diagnostic.WARNING, rule.getDefaultSeverity());
			assertTrue(rule.getId(), codes.add(rule.getCode()));
			assertNotNull(rule.getTarget());
			assertSame(rule, RuleCatalog.byId(rule.getId()));
		}
		assertEquals(101, RuleCatalog.E01_ACCOUNTABLE_ACTOR.getCode());
		assertEquals(304, RuleCatalog.R04_LOCK_IN.getCode());
		assertTrue(RuleCatalog.R02_ENTERPRISE_OWNS_GOVERNMENT_DATA.isRisk());
	}

	@Test
	public void everyRuleHasNameAndMessageInEnglishAndChinese() {
		for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.CHINESE }) {
			for (Rule rule : RuleCatalog.all()) {
				String name = rule.getName(locale);
				assertFalse(rule.getId() + " " + locale, name.startsWith("!"));
				boolean anyMessage = RuleMessages.bundle(locale).keySet().stream()
						.anyMatch(key -> key.startsWith(rule.getMessageKey() + ".message"));
				assertTrue(rule.getId() + " " + locale, anyMessage);
			}
		}
		assertEquals("Lock-in: enterprise owns the platform IP and runs the infrastructure",
				RuleCatalog.R04_LOCK_IN.getName(Locale.ENGLISH));
		assertEquals("孤立部门", RuleCatalog.W01_ISOLATED_DEPARTMENT.getName(Locale.CHINESE));
	}

	@Test
	public void bothLanguagesHaveTheSameKeys() throws IOException {
		assertEquals(keys("messages_zh.properties"), keys("messages.properties"));
	}

	private static Set<String> keys(String file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = RuleCatalogTest.class.getResourceAsStream(file)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties.stringPropertyNames();
	}
}
