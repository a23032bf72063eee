/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.cli;

/** A command could not do its work for a reason the user can fix (missing file, unreadable parameters, ...): exit 2. */
final class CommandFailure extends Exception {

	private static final long serialVersionUID = 1L;

	CommandFailure(String message) {
		super(message);
	}
}
