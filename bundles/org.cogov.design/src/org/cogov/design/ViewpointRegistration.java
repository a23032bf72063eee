/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The viewpoints this bundle has put into Sirius' ViewpointRegistry. Sirius is reached by reflection only, so
 * that the bundle builds and resolves where Sirius is not installed; the calls are those of the code Sirius
 * generates for a viewpoint project ({@code registerFromPlugin} on start, {@code disposeFromPlugin} on stop).
 */
final class ViewpointRegistration {

	/** Sirius' registry of viewpoint specifications, in bundle org.eclipse.sirius. */
	static final String REGISTRY_CLASS = "org.eclipse.sirius.business.api.componentization.ViewpointRegistry"; //$NON-NLS-1$

	/** Nothing registered. */
	static final ViewpointRegistration NONE = new ViewpointRegistration(null, null, Set.of());

	private final Object registry;
	private final Method dispose;
	private final Set<Object> viewpoints;

	private ViewpointRegistration(Object registry, Method dispose, Set<Object> viewpoints) {
		this.registry = registry;
		this.dispose = dispose;
		this.viewpoints = viewpoints;
	}

	/**
	 * Registers a viewpoint specification file with the registry.
	 *
	 * @param registryClass Sirius' ViewpointRegistry class, loaded from the Sirius bundle
	 * @param odesignPath   the file as "bundle-id/path/in/bundle.odesign"
	 * @throws ReflectiveOperationException when the registry does not offer the expected API
	 */
	static ViewpointRegistration register(Class<?> registryClass, String odesignPath) throws ReflectiveOperationException {
		Object registry = registryClass.getMethod("getInstance").invoke(null); //$NON-NLS-1$
		Object registered = unwrap(() -> registryClass.getMethod("registerFromPlugin", String.class).invoke(registry, odesignPath)); //$NON-NLS-1$
		Set<Object> viewpoints = new LinkedHashSet<>();
		if (registered instanceof Collection<?> collection) {
			viewpoints.addAll(collection);
		}
		return new ViewpointRegistration(registry, disposeMethod(registryClass), viewpoints);
	}

	/** The one-argument disposeFromPlugin(Viewpoint); looked up by name since its parameter type is Sirius'. */
	private static Method disposeMethod(Class<?> registryClass) throws NoSuchMethodException {
		for (Method method : registryClass.getMethods()) {
			if (method.getName().equals("disposeFromPlugin") && method.getParameterCount() == 1) { //$NON-NLS-1$
				return method;
			}
		}
		throw new NoSuchMethodException(registryClass.getName() + ".disposeFromPlugin(Viewpoint)"); //$NON-NLS-1$
	}

	/** The number of viewpoints registered. */
	int size() {
		return viewpoints.size();
	}

	/** Removes every registered viewpoint from the registry; the first failure is thrown after all were tried. */
	void dispose() throws ReflectiveOperationException {
		ReflectiveOperationException first = null;
		for (Object viewpoint : viewpoints) {
			try {
				unwrap(() -> dispose.invoke(registry, viewpoint));
			} catch (ReflectiveOperationException e) {
				first = first == null ? e : first;
			}
		}
		if (first != null) {
			throw first;
		}
	}

	private interface Call {
		Object run() throws ReflectiveOperationException;
	}

	/** Runs a reflective call and rethrows an unchecked exception of the called method as itself. */
	private static Object unwrap(Call call) throws ReflectiveOperationException {
		try {
			return call.run();
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw e;
		}
	}
}
