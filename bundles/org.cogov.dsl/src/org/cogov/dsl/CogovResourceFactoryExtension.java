/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceFactory;

/**
 * Opens {@code *.cogov} files as EMF models for every EMF client of an Eclipse installation (a Sirius session, the
 * EMF tools), registered through {@code org.eclipse.emf.ecore.extension_parser}. The language is set up on first
 * use, without touching the global registries that the CoGov editor and command line manage themselves.
 */
public final class CogovResourceFactoryExtension implements Resource.Factory {

	private static volatile IResourceFactory language;

	@Override
	public Resource createResource(URI uri) {
		return language().createResource(uri);
	}

	private static IResourceFactory language() {
		IResourceFactory factory = language;
		if (factory == null) {
			synchronized (CogovResourceFactoryExtension.class) {
				factory = language;
				if (factory == null) {
					factory = new CogovStandaloneSetup().createInjector().getInstance(IResourceFactory.class);
					language = factory;
				}
			}
		}
		return factory;
	}
}
