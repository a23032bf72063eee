/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import org.cogov.ui.CogovPerspective;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.Test;

/** Runs inside the real workbench (tycho-surefire UI harness on the UI thread, under Xvfb). */
public class CogovPerspectiveTest {

	@Test
	public void cogovPerspectiveOpensWithItsViews() throws Exception {
		assertTrue(PlatformUI.isWorkbenchRunning());
		assertNotNull("not on the UI thread", Display.getCurrent());
		IWorkbench workbench = PlatformUI.getWorkbench();
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		assertNotNull("no workbench window", window);

		IWorkbenchPage page = workbench.showPerspective(CogovPerspective.ID, window);
		assertEquals(CogovPerspective.ID, page.getPerspective().getId());
		assertEquals("CoGov", page.getPerspective().getLabel());
		assertNotNull("Project Explorer missing", page.findView(IPageLayout.ID_PROJECT_EXPLORER));
		assertNotNull("Problems view missing", page.findView(IPageLayout.ID_PROBLEM_VIEW));
	}

	@Test
	public void productMakesCogovTheDefaultPerspective() {
		assertEquals(CogovPerspective.ID, PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective());
	}
}
