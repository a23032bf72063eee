/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.cli;

import java.util.List;

import org.eclipse.xtext.ide.server.ServerLauncher;

/** cogov lsp: the CoGov language server over standard input and output, for VS Code and any LSP editor. */
final class LspCommand implements Command {

	@Override
	public String name() {
		return "lsp"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "run the CoGov language server over stdio (for VS Code, Neovim, Emacs, ...)"; //$NON-NLS-1$
	}

	@Override
	public String help() {
		return """
				usage: cogov lsp [-log] [-trace]

				Runs Xtext's language server for *.cogov files over standard input and output: diagnostics (the
				same rules as cogov check), completion, hover, document symbols, formatting, go to definition and
				rename across the files of the workspace folder. Configure your editor to start this command for
				the language id "cogov" (see the README). -log writes a server log next to the working folder.
				"""; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> arguments, Terminal terminal) {
		// the server owns standard output from here on; it finds the language through the ServiceLoader entry
		// META-INF/services/org.eclipse.xtext.ISetup of org.cogov.dsl.ide
		ServerLauncher.main(arguments.toArray(new String[0]));
		return OK;
	}
}
