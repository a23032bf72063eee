/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.conversion;

import org.eclipse.xtext.parser.IEncodingProvider;

import com.google.inject.Singleton;

/**
 * CoGov files are UTF-8 everywhere, whatever the platform's default charset: Chinese labels must read the same
 * on a server with a C locale, in the workbench and in the language server.
 */
@Singleton
public class Utf8Encoding extends IEncodingProvider.Runtime {

	public Utf8Encoding() {
		setDefaultEncoding("UTF-8"); //$NON-NLS-1$
	}
}
