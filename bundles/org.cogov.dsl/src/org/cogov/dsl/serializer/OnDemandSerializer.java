/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.serializer;

import java.io.IOException;
import java.io.Writer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.serializer.impl.Serializer;
import org.eclipse.xtext.util.ReplaceRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Xtext's serializer, made when a file is first written. Why: Xtext gives every file a serializer of its own, a graph
 * of some sixty objects, made while the file is created; a study read to be analysed is never written, and making
 * them was a twentieth of the time of reading its files.
 */
public class OnDemandSerializer implements ISerializer {

	@Inject
	private Provider<Serializer> serializers;

	private volatile ISerializer serializer;

	private ISerializer serializer() {
		ISerializer made = serializer;
		if (made == null) {
			made = serializers.get(); // two threads writing at once may make one each; either will do
			serializer = made;
		}
		return made;
	}

	@Override
	public String serialize(EObject obj) {
		return serializer().serialize(obj);
	}

	@Override
	public String serialize(EObject obj, SaveOptions options) {
		return serializer().serialize(obj, options);
	}

	@Override
	public void serialize(EObject obj, Writer writer, SaveOptions options) throws IOException {
		serializer().serialize(obj, writer, options);
	}

	@Override
	public ReplaceRegion serializeReplacement(EObject obj, SaveOptions options) {
		return serializer().serializeReplacement(obj, options);
	}
}
