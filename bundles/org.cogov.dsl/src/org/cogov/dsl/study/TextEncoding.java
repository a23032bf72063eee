/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.study;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.cogov.dsl.study.FileDiagnostic.Severity;

/**
 * The text of a CoGov file, which must be UTF-8 (a byte-order mark is skipped). What else researchers' files turn out
 * to be gets a message that says what it is and what to do: UTF-16 (Windows Notepad's "Unicode"), GBK or another
 * legacy encoding, or no text at all (a Word document, an image). A lone carriage return (old Mac line ends) ends a
 * line, as every editor shows it, so that errors name the line the researcher sees.
 */
final class TextEncoding {

	private TextEncoding() {
	}

	/** The decoded text, or null after adding an encoding error located on the line of the first bad byte. */
	static String utf8(Path file, byte[] bytes, List<FileDiagnostic> diagnostics) {
		String utf16 = utf16(bytes);
		if (utf16 != null) {
			diagnostics.add(error(file, 1, "the file is " + utf16 + " text, not UTF-8; save it as UTF-8")); //$NON-NLS-1$ //$NON-NLS-2$
			return null;
		}
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				diagnostics.add(error(file, line(bytes, i), "the file holds NUL bytes (first at offset " + i //$NON-NLS-1$
						+ "), so it is not a text file; is it a word-processor document or an image?")); //$NON-NLS-1$
				return null;
			}
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int at = in.position();
			diagnostics.add(error(file, line(bytes, at), "the file is not UTF-8 text (first bad byte at offset " + at //$NON-NLS-1$
					+ "); save it as UTF-8 (it may be GBK-encoded)")); //$NON-NLS-1$
			return null;
		}
		decoder.flush(out);
		out.flip();
		String text = out.toString();
		text = text.startsWith("\uFEFF") ? text.substring(1) : text; //$NON-NLS-1$
		return loneCarriageReturnsEndLines(text);
	}

	/** "UTF-16" when the bytes start with a UTF-16 byte-order mark or look like ASCII in UTF-16, else null. */
	private static String utf16(byte[] bytes) {
		if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
			return "UTF-16"; //$NON-NLS-1$
		}
		// without a mark: every other byte NUL in the first characters, as "study" in UTF-16 is s\0t\0u\0...
		int pairs = Math.min(bytes.length / 2, 8);
		if (pairs < 4) {
			return null;
		}
		int evenNul = 0;
		int oddNul = 0;
		for (int i = 0; i < pairs * 2; i += 2) {
			evenNul += bytes[i] == 0 ? 1 : 0;
			oddNul += bytes[i + 1] == 0 ? 1 : 0;
		}
		return evenNul == pairs && oddNul == 0 || oddNul == pairs && evenNul == 0 ? "UTF-16" : null; //$NON-NLS-1$
	}

	/** Replaces each carriage return not followed by a line feed by a line feed: same length, so offsets stay. */
	private static String loneCarriageReturnsEndLines(String text) {
		if (text.indexOf('\r') < 0) {
			return text;
		}
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			if (chars[i] == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n')) {
				chars[i] = '\n';
			}
		}
		return new String(chars);
	}

	private static int line(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < bytes.length; i++) {
			if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
				line++;
			}
		}
		return line;
	}

	private static FileDiagnostic error(Path file, int line, String message) {
		return new FileDiagnostic(file, line, 1, Severity.ERROR, FileDiagnostic.ENCODING, message);
	}
}
