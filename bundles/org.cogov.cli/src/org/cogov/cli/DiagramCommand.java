/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.cli;

import java.util.List;

/** cogov diagram: a role, decision, collaboration-network or path-model diagram of a case as SVG or PNG. */
final class DiagramCommand implements Command {

	@Override
	public String name() {
		return "diagram"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "draw a case's role, decision, network or path diagram as SVG or PNG"; //$NON-NLS-1$
	}

	@Override
	public String help() {
		return """
				usage: cogov diagram PATH... --kind role|decision|network|path [--case NAME] [--phase ID] -o FILE.svg|FILE.png
				"""; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> arguments, Terminal terminal) throws CommandFailure {
		throw new CommandFailure("diagrams are not available in this build yet"); //$NON-NLS-1$
	}
}
