/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Stands in for Sirius' ViewpointRegistry with the members the activator calls by reflection: a static
 * getInstance(), registerFromPlugin(String) returning the registered viewpoints, and disposeFromPlugin(viewpoint).
 */
public final class FakeViewpointRegistry {

	static final FakeViewpointRegistry INSTANCE = new FakeViewpointRegistry();

	final List<String> registered = new ArrayList<>();
	final List<Object> disposed = new ArrayList<>();
	RuntimeException failure;

	public static FakeViewpointRegistry getInstance() {
		return INSTANCE;
	}

	public Set<Object> registerFromPlugin(String path) {
		if (failure != null) {
			throw failure;
		}
		registered.add(path);
		return new LinkedHashSet<>(List.of("viewpoint CoGov of " + path)); //$NON-NLS-1$
	}

	public void disposeFromPlugin(Object viewpoint) {
		disposed.add(viewpoint);
	}

	void reset() {
		registered.clear();
		disposed.clear();
		failure = null;
	}
}
