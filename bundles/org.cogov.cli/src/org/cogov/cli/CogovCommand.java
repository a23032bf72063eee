/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/**
 * The cogov command: {@code cogov <command> [options] [paths]}. Results go to standard output, messages to
 * standard error; exit 0 on success, 1 when the study has errors, 2 on wrong use or unreadable input.
 */
public final class CogovCommand {

	private final Map<String, Command> commands = new LinkedHashMap<>();

	CogovCommand() {
		for (Command command : List.of(new CheckCommand(), new AnalyzeCommand(), new ReportCommand(), new ConvertCommand(),
				new DiagramCommand(), new GenerateCommand(), new LspCommand())) {
			commands.put(command.name(), command);
		}
	}

	public static void main(String[] args) {
		quietLogging();
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		int code = new CogovCommand().run(List.of(args), out, err, System.console() != null);
		out.flush();
		System.exit(code);
	}

	/** Runs one command line; never throws, whatever the input. */
	int run(List<String> args, PrintStream out, PrintStream err, boolean interactive) {
		List<String> rest = new ArrayList<>(args);
		Locale locale = extractLocale(rest);
		Terminal terminal = new Terminal(out, err, locale, interactive);
		if (rest.isEmpty() || rest.get(0).equals("--help") || rest.get(0).equals("-h") || rest.get(0).equals("help")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (rest.size() > 1 && commands.containsKey(rest.get(1))) {
				out.print(commands.get(rest.get(1)).help());
				return Command.OK;
			}
			out.print(overview());
			return rest.isEmpty() ? Command.USAGE : Command.OK;
		}
		if (rest.get(0).equals("--version")) { //$NON-NLS-1$
			out.println("cogov 0.1.0 (CoGov Studio)"); //$NON-NLS-1$
			return Command.OK;
		}
		Command command = commands.get(rest.get(0));
		if (command == null) {
			err.println("cogov: unknown command '" + rest.get(0) + "'"); //$NON-NLS-1$ //$NON-NLS-2$
			err.print(overview());
			return Command.USAGE;
		}
		List<String> arguments = rest.subList(1, rest.size());
		if (arguments.contains("--help") || arguments.contains("-h")) { //$NON-NLS-1$ //$NON-NLS-2$
			out.print(command.help());
			return Command.OK;
		}
		try {
			return command.run(arguments, terminal);
		} catch (CommandLine.UsageException e) {
			terminal.done();
			err.println("cogov " + command.name() + ": " + e.getMessage() + " (see cogov " + command.name() + " --help)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			return Command.USAGE;
		} catch (CommandFailure e) {
			terminal.done();
			err.println("cogov " + command.name() + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			return Command.USAGE;
		} catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
			// a defect of ours, not of the input: say so in one line instead of a stack trace
			terminal.done();
			err.println("cogov " + command.name() + ": internal error (" + e + "); please report it with the input files"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return Command.USAGE;
		}
	}

	private String overview() {
		StringBuilder text = new StringBuilder("usage: cogov <command> [options] [paths]   (--lang en|zh, --version)\n\n"); //$NON-NLS-1$
		for (Command command : commands.values()) {
			text.append(String.format("  %-9s %s%n", command.name(), command.summary())); //$NON-NLS-1$
		}
		text.append("\nRun cogov <command> --help for its options. Example: ./cogov analyze examples\n"); //$NON-NLS-1$
		return text.toString();
	}

	/** --lang en|zh anywhere on the line; otherwise the system's language. */
	private static Locale extractLocale(List<String> args) {
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			String value = null;
			if (arg.equals("--lang") && i + 1 < args.size()) { //$NON-NLS-1$
				value = args.get(i + 1);
				args.remove(i + 1);
				args.remove(i);
			} else if (arg.startsWith("--lang=")) { //$NON-NLS-1$
				value = arg.substring("--lang=".length()); //$NON-NLS-1$
				args.remove(i);
			}
			if (value != null) {
				return value.startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH; //$NON-NLS-1$
			}
		}
		return Locale.getDefault().getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH; //$NON-NLS-1$
	}

	/** Xtext and EMF log through log4j: errors only, on standard error (standard output carries results or LSP). */
	public static void quietLogging() {
		Logger root = Logger.getRootLogger();
		root.removeAllAppenders();
		ConsoleAppender appender = new ConsoleAppender(new PatternLayout("%p %c{1}: %m%n"), ConsoleAppender.SYSTEM_ERR); //$NON-NLS-1$
		root.addAppender(appender);
		root.setLevel(Level.ERROR);
		// Xtext's own log4j.properties sets its loggers to INFO, which would reach the user's terminal
		Logger.getLogger("org.eclipse.xtext").setLevel(Level.ERROR); //$NON-NLS-1$
	}
}
