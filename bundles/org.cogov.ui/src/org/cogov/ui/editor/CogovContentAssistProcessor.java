/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.editor;

import java.util.List;

import org.cogov.dsl.ide.editing.Completion;
import org.cogov.dsl.ide.editing.StudyDocument;
import org.cogov.ui.CogovUiPlugin;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;

/** Completion of keywords, names in scope and enumeration words (Ctrl+Space), from Xtext's IDE services. */
public class CogovContentAssistProcessor implements IContentAssistProcessor {

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		StudyDocument document = CogovUiPlugin.get().documents().forDocument(viewer.getDocument());
		if (document == null) {
			return new ICompletionProposal[0];
		}
		document.update(viewer.getDocument().get());
		List<Completion.Proposal> proposals = Completion.at(document, offset);
		ICompletionProposal[] result = new ICompletionProposal[proposals.size()];
		for (int i = 0; i < result.length; i++) {
			Completion.Proposal p = proposals.get(i);
			int start = Math.max(0, offset - p.prefix().length());
			String display = p.description() == null || p.description().isBlank() ? p.label() : p.label() + " \u2014 " + p.description(); //$NON-NLS-1$
			result[i] = new CompletionProposal(p.text(), start, offset - start, p.text().length(), null, display, null, null);
		}
		return result;
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
