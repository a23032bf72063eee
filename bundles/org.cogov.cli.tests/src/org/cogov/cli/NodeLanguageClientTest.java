/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

/**
 * The language server as a client no one here wrote sees it: releng/lsp-check runs Microsoft's
 * vscode-languageserver-protocol (from npm) against {@code cogov lsp} started from the built distribution, opens
 * an example with an error and a misspelt document, and checks the published diagnostics, completion and hover.
 */
public class NodeLanguageClientTest {

	private static final File CHECK = new File("../../releng/lsp-check");
	private static final File DISTRIBUTION = new File("../org.cogov.cli/target");

	@Test
	public void vscodeLanguageServerProtocolClientSeesTheDiagnostics() throws Exception {
		assertTrue("missing " + CHECK.getAbsolutePath(), new File(CHECK, "check-diagnostics.mjs").isFile());
		if (!new File(CHECK, "node_modules/vscode-languageserver-protocol").isDirectory()) {
			Result install = run(List.of("npm", "ci", "--no-audit", "--no-fund"), 600);
			assertEquals("npm ci failed (Node.js and npm are needed for this test):\n" + install.output, 0, install.code);
		}
		File[] jars = DISTRIBUTION.listFiles((dir, name) -> name.startsWith("org.cogov.cli-") && name.endsWith(".jar"));
		assertTrue("the command line's jar is not built in " + DISTRIBUTION.getAbsolutePath(), jars != null && jars.length > 0);
		String classpath = jars[0].getAbsolutePath() + File.pathSeparator + new File(DISTRIBUTION, "lib").getAbsolutePath() + "/*";
		String java = System.getProperty("java.home") + "/bin/java";
		List<String> command = new ArrayList<>(List.of("node", "check-diagnostics.mjs", new File("../../examples").getAbsolutePath(),
				java, "-cp", classpath, "org.cogov.cli.CogovCommand", "lsp"));
		Result check = run(command, 300);
		assertTrue(check.output, check.output.contains("7 passed, 0 failed"));
		assertEquals(check.output, 0, check.code);
	}

	private record Result(int code, String output) {
	}

	private static Result run(List<String> command, int seconds) throws IOException, InterruptedException {
		Process process;
		try {
			process = new ProcessBuilder(command).directory(CHECK).redirectErrorStream(true).start();
		} catch (IOException e) {
			throw new AssertionError("cannot start " + command.get(0) + " (install Node.js 18+ and npm): " + e.getMessage(), e);
		}
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(command + " did not finish within " + seconds + " s");
		}
		return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}
}
