/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.ide.editing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Injector;

/**
 * Content assist from Xtext's IDE services: keywords, names of actors, bodies, sources and mechanisms in scope,
 * and enumeration words, for a caret offset in a document.
 */
public final class Completion {

	/** A proposal: replace the {@code prefix} before the caret with {@code text}. */
	public record Proposal(String label, String text, String prefix, String description, String kind) {
	}

	private static final ExecutorService POOL = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "CoGov content assist"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	});

	private Completion() {
	}

	public static List<Proposal> at(StudyDocument document, int offset) {
		synchronized (document.lock()) {
			XtextResource resource = document.resource();
			String text = document.text();
			if (resource == null || offset < 0 || offset > text.length()) {
				return List.of();
			}
			Injector injector = document.workspace().injector();
			ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
			factory.setPool(POOL);
			ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
			IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
			injector.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
			List<Proposal> proposals = new ArrayList<>();
			for (ContentAssistEntry entry : acceptor.getEntries()) {
				String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
				proposals.add(new Proposal(label, entry.getProposal(), entry.getPrefix() == null ? "" : entry.getPrefix(), //$NON-NLS-1$
						entry.getDescription(), entry.getKind()));
			}
			return proposals;
		}
	}
}
