/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.cogov.dsl.parser.StudyLexer;
import org.cogov.dsl.parser.antlr.internal.InternalCogovLexer;
import org.cogov.dsl.synthetic.SyntheticStudy;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.junit.Test;

/**
 * The CoGov lexer cuts every text into exactly the tokens (kind, place, line, column, error) that the lexer ANTLR
 * generates from the grammar cuts it into: real studies, the bad-input corpus, and random and mangled text.
 */
public class StudyLexerTest {

	/** Pieces that random texts are made of: the edges of every kind of token. */
	private static final String[] PIECES = { "study", "case", "department", "data-sharing", "joint-project", "non-voting",
			"voting", "data", "data-", "-", "->", "<->", "<-", "<", ">", "DA", "_x", "^case", "x1", "Ab_9", "0", "7", "2019",
			"2019-05-01", "2019-5-01", "2019-05-0", "12.", "0.51", "51%", "0.5%", "1.2.3", ".", ",", ":", "{", "}", "\"",
			"'", "\\", "\"a b\"", "'c'", "\"x\\\"y\"", "/", "*", "//", "/*", "*/", " ", "  ", "\t", "\n", "\r", "\r\n", "中文",
			"\u00e9", "\u3000", "%", "#", "@", ";", "(", ")", "[", "]", "=", "+", "!", "?", "~", "`", "|", "&", "\u0000" };

	@Test
	public void cutsStudiesAlikeAndReadsAlmostAllOfItsTokensItself() throws IOException {
		Map<String, String> studies = new LinkedHashMap<>();
		for (File file : StudyFixtures.exampleFiles()) {
			studies.put(file.getName(), Files.readString(file.toPath()));
		}
		studies.put("every-construct.cogov", Files.readString(Path.of("resources/every-construct.cogov"))); //$NON-NLS-1$ //$NON-NLS-2$
		studies.putAll(new SyntheticStudy(5, 6).files());
		int tokens = 0;
		int left = 0;
		for (Map.Entry<String, String> study : studies.entrySet()) {
			Cut cut = cutAlike(study.getKey(), study.getValue());
			tokens += cut.tokens();
			left += cut.leftToGrammar();
		}
		assertTrue("studies read: " + tokens + " tokens", tokens > 10_000);
		// arrows (->, <->) are the generated lexer's; everything else in a study is read directly
		assertTrue(left + " of " + tokens + " tokens were left to the generated lexer", left * 100 < tokens);
	}

	@Test
	public void cutsTheBadInputCorpusAlike() throws IOException {
		List<Path> files;
		try (Stream<Path> listed = Files.list(Path.of("test-data/bad-input"))) { //$NON-NLS-1$
			files = listed.sorted().toList();
		}
		assertTrue(files.size() > 10);
		for (Path file : files) {
			byte[] bytes = Files.readAllBytes(file);
			cutAlike(file + " (UTF-8)", new String(bytes, StandardCharsets.UTF_8)); //$NON-NLS-1$
			cutAlike(file + " (Latin-1)", new String(bytes, StandardCharsets.ISO_8859_1)); //$NON-NLS-1$
		}
	}

	@Test
	public void cutsRandomAndMangledTextAlike() throws IOException {
		Random random = new Random(20261127L);
		String example = Files.readString(StudyFixtures.exampleFiles().get(0).toPath());
		int left = 0;
		for (int i = 0; i < 3000; i++) {
			StringBuilder text = new StringBuilder();
			if (i % 2 == 0) {
				for (int pieces = random.nextInt(30); pieces > 0; pieces--) {
					text.append(PIECES[random.nextInt(PIECES.length)]);
				}
			} else { // a piece of a real study, cut anywhere, with something spliced in
				int from = random.nextInt(example.length());
				text.append(example, from, Math.min(example.length(), from + random.nextInt(400)));
				text.insert(random.nextInt(text.length() + 1), PIECES[random.nextInt(PIECES.length)]);
			}
			left += cutAlike("random text " + i, text.toString()).leftToGrammar(); //$NON-NLS-1$
		}
		assertTrue("the generated lexer was asked for the odd tokens", left > 1000);
	}

	private record Cut(int tokens, int leftToGrammar) {
	}

	/** Cuts a text with both lexers and asserts that they give the same tokens; returns what the CoGov lexer did. */
	private static Cut cutAlike(String what, String text) {
		CountingLexer studyLexer = new CountingLexer(text);
		List<String> expected = tokens(new InternalCogovLexer(new ANTLRStringStream(text)), text);
		List<String> actual = tokens(studyLexer, text);
		for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
			assertEquals(what + ": token " + i, expected.get(i), actual.get(i));
		}
		assertEquals(what + ": number of tokens", expected.size(), actual.size());
		return new Cut(actual.size(), studyLexer.left);
	}

	/** Every token with all that the parser and the error messages use of it. */
	private static List<String> tokens(Lexer lexer, String text) {
		List<String> tokens = new ArrayList<>();
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			tokens.add(token.getType() + " " + token.getChannel() + " " + token.getLine() + ":" + token.getCharPositionInLine() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ " [" + token.getText() + "] " + lexer.getErrorMessage(token)); //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue("the lexer does not stop", tokens.size() <= text.length() + 1); //$NON-NLS-1$
		}
		return tokens;
	}

	/** The CoGov lexer, counting the tokens it leaves to the generated lexer. */
	private static final class CountingLexer extends StudyLexer {

		int left;

		CountingLexer(String text) {
			super(new ANTLRStringStream(text));
		}

		@Override
		protected void readByGrammar() throws RecognitionException {
			left++;
			super.readByGrammar();
		}
	}
}
