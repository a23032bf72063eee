/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.util.List;

import org.cogov.diagram.layout.ElkSetup;
import org.eclipse.elk.alg.force.options.ForceOptions;
import org.eclipse.elk.alg.force.options.StressOptions;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.radial.options.RadialOptions;
import org.eclipse.elk.core.data.LayoutAlgorithmData;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.junit.Test;

/** The ELK algorithms are registered programmatically, once, however often setup runs. */
public class ElkSetupTest {

	@Test
	public void registersEachAlgorithmOnce() {
		ElkSetup.ensureRegistered();
		ElkSetup.ensureRegistered();
		LayoutMetaDataService service = LayoutMetaDataService.getInstance();
		for (String id : List.of(LayeredOptions.ALGORITHM_ID, StressOptions.ALGORITHM_ID, ForceOptions.ALGORITHM_ID,
				RadialOptions.ALGORITHM_ID)) {
			assertNotNull(id, service.getAlgorithmData(id));
			long entries = service.getAlgorithmData().stream().map(LayoutAlgorithmData::getId).filter(id::equals).count();
			assertEquals(id + " registered once", 1, entries);
		}
	}
}
