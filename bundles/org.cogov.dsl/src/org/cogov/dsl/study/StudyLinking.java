/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.study;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Links the text files of a study side by side, one file per core, once all files are read and indexed: next to
 * parsing, linking is the largest part of loading a study, and a text file links on its own.
 * <p>
 * Why this is safe: a text file's references are lazy proxies into the file itself; resolving one reads the file's
 * own node model, scopes and cache, and the study's index, which nobody changes while files link (each index entry
 * holds its elements and a ready lookup, so no other file is loaded, named or cached). What a file records (linked
 * elements, unresolved-name errors, caches, imported names) is kept on that file alone. The smallest file is linked
 * alone, so that the language's shared services are initialised before files link side by side; the others start
 * largest first, so that no large file is left to one linker at the end. The caller resolves what is not linked here
 * afterwards: XMI files, and a text file whose linking failed (the failure then happens again on its own thread).
 */
final class StudyLinking {

	private StudyLinking() {
	}

	/** Links the text files among the resources; returns those it linked completely. */
	static Set<Resource> linkAll(List<Resource> resources) {
		List<Resource> texts = resources.stream().filter(LazyLinkingResource.class::isInstance).toList();
		int threads = SideBySide.threads(texts.size());
		if (threads < 2) {
			return Set.of(); // the caller's resolving links them one after the other
		}
		List<Integer> bySize = SideBySide.largestFirst(texts, StudyLinking::length);
		Set<Resource> linked = ConcurrentHashMap.newKeySet();
		link(texts.get(bySize.remove(bySize.size() - 1)), linked);
		ExecutorService pool = SideBySide.pool(threads, "linker"); //$NON-NLS-1$
		for (int i : bySize) {
			Resource text = texts.get(i);
			pool.execute(() -> link(text, linked));
		}
		pool.shutdown();
		awaitLinkers(pool);
		return linked;
	}

	private static void link(Resource text, Set<Resource> linked) {
		try {
			EcoreUtil.resolveAll(text);
			linked.add(text);
		} catch (RuntimeException | LinkageError e) {
			// a defect, not a property of the file: its proxies stay unresolved and the caller's resolving meets
			// the same failure on its own thread, as it did before files linked side by side
		}
	}

	/** The length of a text file's text, for the order of linking. */
	private static long length(Resource text) {
		IParseResult parsed = ((XtextResource) text).getParseResult();
		return parsed == null || parsed.getRootNode() == null ? 0 : parsed.getRootNode().getTotalLength();
	}

	/** Waits for every linker even when interrupted: the caller must not touch the files while they link. */
	private static void awaitLinkers(ExecutorService pool) {
		boolean interrupted = false;
		while (!pool.isTerminated()) {
			try {
				pool.awaitTermination(1, TimeUnit.MINUTES);
			} catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
