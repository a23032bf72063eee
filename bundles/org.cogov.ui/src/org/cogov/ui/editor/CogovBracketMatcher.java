/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.editor;

import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/** Highlights the brace matching the one at the caret. */
public class CogovBracketMatcher extends DefaultCharacterPairMatcher {

	public CogovBracketMatcher() {
		super(new char[] { '{', '}' });
	}
}
