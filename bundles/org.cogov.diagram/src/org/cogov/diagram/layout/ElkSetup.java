/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.layout;

import org.eclipse.elk.alg.force.options.ForceMetaDataProvider;
import org.eclipse.elk.alg.force.options.ForceOptions;
import org.eclipse.elk.alg.force.options.StressMetaDataProvider;
import org.eclipse.elk.alg.force.options.StressOptions;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.radial.options.RadialMetaDataProvider;
import org.eclipse.elk.alg.radial.options.RadialOptions;
import org.eclipse.elk.core.data.ILayoutMetaDataProvider;
import org.eclipse.elk.core.data.LayoutMetaDataService;

/**
 * Registers the ELK algorithms we use with ELK's metadata service, programmatically: outside OSGi (tests, the
 * command line) nothing reads ELK's plugin.xml, and inside OSGi the service's own discovery cannot see the
 * algorithm bundles. Registration is idempotent: an algorithm already known (registered by ELK's service plug-in
 * or by an earlier call) is not registered again.
 */
public final class ElkSetup {

	private ElkSetup() {
	}

	/** Makes sure layered, force, stress and radial are registered. */
	public static synchronized void ensureRegistered() {
		register(LayeredOptions.ALGORITHM_ID, new LayeredMetaDataProvider());
		register(StressOptions.ALGORITHM_ID, new StressMetaDataProvider());
		register(ForceOptions.ALGORITHM_ID, new ForceMetaDataProvider());
		register(RadialOptions.ALGORITHM_ID, new RadialMetaDataProvider());
	}

	private static void register(String algorithmId, ILayoutMetaDataProvider provider) {
		LayoutMetaDataService service = LayoutMetaDataService.getInstance();
		if (service.getAlgorithmData(algorithmId) == null) {
			service.registerLayoutMetaDataProviders(provider);
		}
	}
}
