/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.guide;

import static org.junit.Assert.assertTrue;

import java.util.Locale;

import org.cogov.analysis.rules.Rule;
import org.cogov.analysis.rules.RuleCatalog;
import org.eclipse.ui.PlatformUI;
import org.junit.Test;

/** The guide opens and lists every rule of the catalogue. */
public class GuideViewTest {

	@Test
	public void guideListsEveryRule() throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(GuideView.ID);
		String text = GuideContent.write(Locale.ENGLISH).text();
		for (Rule rule : RuleCatalog.all()) {
			assertTrue(rule.getId(), text.contains(rule.getId()));
		}
		assertTrue(text.contains("IDCI"));
	}
}
