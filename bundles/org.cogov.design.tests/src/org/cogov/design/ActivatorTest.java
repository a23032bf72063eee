/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;

import org.cogov.analysis.rules.CogovRules;
import org.cogov.model.CogovPackage;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EValidator;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

public class ActivatorTest {

	private final FakeViewpointRegistry registry = FakeViewpointRegistry.INSTANCE;

	@Before
	@After
	public void reset() {
		registry.reset();
	}

	/** A Sirius bundle whose class loader offers the given class as the ViewpointRegistry. */
	private static Bundle sirius(Class<?> registryClass) {
		return (Bundle) Proxy.newProxyInstance(ActivatorTest.class.getClassLoader(), new Class<?>[] { Bundle.class },
				(proxy, method, args) -> switch (method.getName()) {
				case "loadClass" -> { //$NON-NLS-1$
					if (!ViewpointRegistration.REGISTRY_CLASS.equals(args[0])) {
						throw new ClassNotFoundException((String) args[0]);
					}
					yield registryClass;
				}
				case "getVersion" -> Version.parseVersion("7.4.2"); //$NON-NLS-1$ //$NON-NLS-2$
				case "getSymbolicName" -> Activator.SIRIUS_BUNDLE;
				default -> throw new UnsupportedOperationException(method.getName());
				});
	}

	@Test
	public void withoutSiriusNothingIsRegisteredAndTheLogSaysWhy() {
		Activator activator = new Activator();
		IStatus status = activator.connect(null);
		assertEquals(IStatus.INFO, status.getSeverity());
		assertTrue(status.getMessage(), status.getMessage().contains("org.eclipse.sirius) is not installed")); //$NON-NLS-1$
		assertFalse(activator.isViewpointRegistered());
		assertTrue(activator.disconnect().isOK());
	}

	@Test
	public void withSiriusTheViewpointAndTheRulesAreRegisteredAndRemovedAgain() {
		Activator activator = new Activator();
		IStatus status = activator.connect(sirius(FakeViewpointRegistry.class));
		assertEquals(status.getMessage(), IStatus.INFO, status.getSeverity());
		assertTrue(status.getMessage(), status.getMessage().startsWith(
				"Registered 1 CoGov viewpoint(s) from org.cogov.design/description/cogov.odesign with Sirius 7.4.2")); //$NON-NLS-1$
		assertEquals(List.of(Activator.ODESIGN), registry.registered);
		assertTrue(activator.isViewpointRegistered());
		// Sirius' Validate diagram runs the validator registered for the package
		assertNotNull(EValidator.Registry.INSTANCE.get(CogovPackage.eINSTANCE));
		assertEquals(status.getMessage().contains("the CoGov rules run"), //$NON-NLS-1$
				EValidator.Registry.INSTANCE.get(CogovPackage.eINSTANCE) == CogovRules.validator());

		assertTrue(activator.disconnect().isOK());
		assertEquals(List.of("viewpoint CoGov of " + Activator.ODESIGN), registry.disposed); //$NON-NLS-1$
		assertFalse(activator.isViewpointRegistered());
		assertTrue("disconnecting twice disposes nothing more", activator.disconnect().isOK()); //$NON-NLS-1$
		assertEquals(1, registry.disposed.size());
	}

	@Test
	public void aSiriusWithoutTheExpectedRegistryIsReportedNotThrown() {
		Activator activator = new Activator();
		IStatus status = activator.connect(sirius(Object.class));
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertTrue(status.getException() instanceof NoSuchMethodException);
		assertFalse(activator.isViewpointRegistered());
	}

	@Test
	public void aRegistryThatRejectsTheFileIsReportedWithItsCause() {
		IllegalStateException cause = new IllegalStateException("odesign not found"); //$NON-NLS-1$
		registry.failure = cause;
		Activator activator = new Activator();
		IStatus status = activator.connect(sirius(FakeViewpointRegistry.class));
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertSame(cause, status.getException());
		assertFalse(activator.isViewpointRegistered());
	}

	@Test
	public void inTheRunningPlatformTheBundleRegistersExactlyWhenSiriusIsThere() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(Activator.class);
		Assume.assumeTrue("runs inside OSGi only", bundle != null); //$NON-NLS-1$
		if (bundle.getState() != Bundle.ACTIVE) {
			bundle.start(Bundle.START_TRANSIENT);
		}
		assertNotNull(Activator.getDefault());
		assertEquals(Platform.getBundle(Activator.SIRIUS_BUNDLE) != null, Activator.getDefault().isViewpointRegistered());
	}
}
