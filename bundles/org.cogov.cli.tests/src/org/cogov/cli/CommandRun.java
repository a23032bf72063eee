/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.cli;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One run of the cogov command in-process, with its exit code and what it printed. */
final class CommandRun {

	final int code;
	final String out;
	final String err;

	private CommandRun(int code, String out, String err) {
		this.code = code;
		this.out = out;
		this.err = err;
	}

	static CommandRun of(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new CogovCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), false);
		return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	static String examples() {
		File folder = new File("../../examples");
		if (!folder.isDirectory()) {
			throw new IllegalStateException("examples not found from " + new File(".").getAbsolutePath());
		}
		return folder.getPath();
	}

	@Override
	public String toString() {
		return "exit " + code + "\n--- out ---\n" + out + "\n--- err ---\n" + err;
	}
}
