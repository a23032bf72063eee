/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.study;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.cogov.model.resource.CogovResourceFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryRegistryImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * Limits what a study's resource set reads, whatever the files refer to: CoGov text and XMI only, each through
 * CoGov's own reader, and only from the local disk.
 * <p>
 * Why: an XMI file may refer to any URI, and EMF loads what a reference points at. Without the limit, a crafted
 * study could make CoGov fetch a URL (a request to a server of the author's choice, or a minute-long wait on an
 * unreachable one) or read an {@code .ecore} or other XML file with a parser that accepts external entities,
 * bypassing the XXE protection of CoGov's own XMI reader. A reference the limit refuses stays unresolved and is
 * reported as such on the element that holds it.
 */
final class LocalStudyFiles {

	private LocalStudyFiles() {
	}

	static void apply(ResourceSet set, Resource.Factory textFactory) {
		ResourceFactoryRegistryImpl factories = new ResourceFactoryRegistryImpl() {
			@Override
			protected Resource.Factory delegatedGetFactory(URI uri, String contentTypeIdentifier) {
				return null; // no fall-back to the factories registered globally (ecore, xmi without XXE protection)
			}
		};
		factories.getExtensionToFactoryMap().put(StudyLoader.DSL_EXTENSION, textFactory);
		factories.getExtensionToFactoryMap().put(CogovResourceFactory.XMI_EXTENSION, new CogovResourceFactory());
		set.setResourceFactoryRegistry(factories);
		set.getURIConverter().getURIHandlers().add(0, new RemoteRefused());
	}

	/** Answers every URI that is not a local file by refusing it, before EMF's handlers could open a connection. */
	private static final class RemoteRefused extends URIHandlerImpl {

		@Override
		public boolean canHandle(URI uri) {
			return !uri.isFile();
		}

		private static IOException refused(URI uri) {
			return new IOException("CoGov reads study files from the local disk only, not " + uri); //$NON-NLS-1$
		}

		@Override
		public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
			throw refused(uri);
		}

		@Override
		public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
			throw refused(uri);
		}

		@Override
		public void delete(URI uri, Map<?, ?> options) throws IOException {
			throw refused(uri);
		}

		@Override
		public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
			throw refused(uri);
		}

		@Override
		public boolean exists(URI uri, Map<?, ?> options) {
			return false;
		}

		@Override
		public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
			return Map.of();
		}

		@Override
		public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
			throw refused(uri);
		}
	}
}
