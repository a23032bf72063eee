/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.tests;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.cogov.diagram.build.Labels;
import org.cogov.model.BodyKind;
import org.cogov.model.DecisionDomain;
import org.cogov.model.OwnershipKind;
import org.cogov.model.RoleKind;
import org.junit.Test;

/** The words and numbers on the diagrams. */
public class LabelsTest {

	@Test
	public void enumLiteralsInWords() {
		assertEquals("data sharing rules", Labels.words(DecisionDomain.DATA_SHARING_RULES)); //$NON-NLS-1$
		assertEquals("central SOE", Labels.words(OwnershipKind.CENTRAL_SOE)); //$NON-NLS-1$
		assertEquals("JV board", Labels.words(BodyKind.JV_BOARD)); //$NON-NLS-1$
		assertEquals("co-investor", Labels.words(RoleKind.CO_INVESTOR)); //$NON-NLS-1$
	}

	@Test
	public void percentages() {
		assertEquals("13%", Labels.percent(0.125)); //$NON-NLS-1$
		assertEquals("<1%", Labels.percent(0.001)); //$NON-NLS-1$
		assertEquals("0%", Labels.percent(0)); //$NON-NLS-1$
		assertEquals("0.77", Labels.number(0.768)); //$NON-NLS-1$
	}

	@Test
	public void listsWrapWithoutSplittingItems() {
		assertEquals(List.of("roles: builder, operator,", "data steward"), //$NON-NLS-1$ //$NON-NLS-2$
				Labels.wrapList("roles: ", List.of("builder", "operator", "data steward"), 26)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
