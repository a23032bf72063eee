/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.ide.editing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

/** The language's formatter as a list of minimal text edits, so an editor keeps the caret and one undo step. */
public final class Formatting {

	/** Replace {@code length} characters at {@code offset} with {@code text}. */
	public record Edit(int offset, int length, String text) {
	}

	private Formatting() {
	}

	/** Edits that format the document; empty when it has syntax errors (formatting broken text would damage it). */
	public static List<Edit> edits(StudyDocument document) {
		synchronized (document.lock()) {
			XtextResource resource = document.resource();
			if (resource == null || resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
				return List.of();
			}
			ITextRegionAccess access = document.workspace().injector().getInstance(TextRegionAccessBuilder.class)
					.forNodeModel(resource).create();
			FormatterRequest request = document.workspace().injector().getInstance(FormatterRequest.class);
			request.setTextRegionAccess(access);
			List<Edit> edits = new ArrayList<>();
			for (ITextReplacement replacement : document.workspace().injector().getInstance(IFormatter2.class).format(request)) {
				edits.add(new Edit(replacement.getOffset(), replacement.getLength(), replacement.getReplacementText()));
			}
			return edits;
		}
	}

	/** The text with the edits applied (last edit first, so offsets stay valid). */
	public static String apply(String text, List<Edit> edits) {
		StringBuilder result = new StringBuilder(text);
		List<Edit> sorted = new ArrayList<>(edits);
		sorted.sort((a, b) -> Integer.compare(b.offset(), a.offset()));
		for (Edit edit : sorted) {
			result.replace(edit.offset(), edit.offset() + edit.length(), edit.text());
		}
		return result.toString();
	}
}
