/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Optional;

import org.junit.Test;

/** The personal-name heuristic behind COGOV-E16: what it finds and what it leaves alone. */
public class PersonalNameDetectorTest {

	@Test
	public void findsChineseNamesAndHonorifics() {
		assertEquals(Optional.of("王伟"), PersonalNameDetector.find("王伟"));
		assertEquals(Optional.of("张晓明"), PersonalNameDetector.find("访谈对象：张晓明"));
		assertEquals(Optional.of("欧阳明华"), PersonalNameDetector.find("欧阳明华"));
		assertEquals(Optional.of("李局长"), PersonalNameDetector.find("李局长"));
		assertEquals(Optional.of("陈先生"), PersonalNameDetector.find("数据局陈先生"));
		assertTrue(PersonalNameDetector.find("刘女士").isPresent());
	}

	@Test
	public void findsLatinNamesAndHonorifics() {
		assertEquals(Optional.of("Mr. Li"), PersonalNameDetector.find("assistant to Mr. Li"));
		assertEquals(Optional.of("Dr Chen"), PersonalNameDetector.find("Dr Chen"));
		assertEquals(Optional.of("Zhang Wei"), PersonalNameDetector.find("interview with Zhang Wei"));
	}

	@Test
	public void leavesRanksOrganisationsAndCodesAlone() {
		for (String text : new String[] { "section chief", "Section Chief", "Deputy Director", "大数据局", "县政府办公室",
				"科长", "高工", "central SOE subsidiary", "County Data Authority", "G07", "", "江苏" }) {
			assertEquals(text, Optional.empty(), PersonalNameDetector.find(text));
		}
		assertEquals(Optional.empty(), PersonalNameDetector.find(null));
	}
}
