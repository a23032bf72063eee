/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.ide.drawing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;

/**
 * What a diagram edit does to the study's text: edits of one or more files, and a description for the editor's
 * undo menu ("Add department Dept1 to case CountyA"). The edits of a file are sorted, do not overlap and all refer
 * to the file's text as it was when the change was computed, like the edits of a language server: applied last
 * first (or as one multi-edit) they give the new text, and {@link #inverse()} applied to the new text gives the old
 * text back byte for byte.
 */
public record TextChange(String description, List<FileEdits> files) {

	/** Replace {@code length} characters at {@code offset} with {@code text}; {@code replaced} is what was there. */
	public record TextEdit(int offset, int length, String text, String replaced) {
	}

	/**
	 * The edits of one file, with fingerprints (length and {@link String#hashCode()}) of the text they apply to and of
	 * the text they produce, so that a caller can check it edits the text they were computed for.
	 */
	public record FileEdits(URI uri, List<TextEdit> edits, int baseLength, int baseHash, int resultLength, int resultHash) {

		public FileEdits {
			edits = List.copyOf(edits);
		}

		/** The edits of a text, sorted and not overlapping. */
		static FileEdits of(URI uri, String base, List<TextEdit> edits) {
			String result = apply(base, edits);
			return new FileEdits(uri, edits, base.length(), base.hashCode(), result.length(), result.hashCode());
		}

		/** The edits were computed for this text. */
		public boolean appliesTo(String text) {
			return text.length() == baseLength && text.hashCode() == baseHash;
		}

		/** The text with the edits applied. */
		public String applyTo(String text) {
			if (!appliesTo(text)) {
				throw new IllegalArgumentException("the edits of " + uri + " were computed for another text"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return apply(text, edits);
		}

		/** The edits that undo these, on the text these produce. */
		public FileEdits inverse() {
			List<TextEdit> undo = new ArrayList<>();
			int shift = 0;
			for (TextEdit edit : edits) {
				undo.add(new TextEdit(edit.offset() + shift, edit.text().length(), edit.replaced(), edit.text()));
				shift += edit.text().length() - edit.length();
			}
			return new FileEdits(uri, undo, resultLength, resultHash, baseLength, baseHash);
		}

		private static String apply(String text, List<TextEdit> edits) {
			StringBuilder result = new StringBuilder(text);
			for (int i = edits.size() - 1; i >= 0; i--) {
				TextEdit edit = edits.get(i);
				result.replace(edit.offset(), edit.offset() + edit.length(), edit.text());
			}
			return result.toString();
		}
	}

	public TextChange {
		files = List.copyOf(files);
	}

	/** Nothing to change (e.g. a link's kind set to the kind it has). */
	public boolean isEmpty() {
		return files.isEmpty();
	}

	/** The edits of one file, or null when the change leaves it alone. */
	public FileEdits edits(URI uri) {
		return files.stream().filter(f -> f.uri().equals(uri)).findFirst().orElse(null);
	}

	/** The change that undoes this one: "Undo " and the description, the inverse edits of every file. */
	public TextChange inverse() {
		return new TextChange("Undo " + description, files.stream().map(FileEdits::inverse).toList()); //$NON-NLS-1$
	}
}
