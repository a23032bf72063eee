/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;

/**
 * What reading ({@link StudyReading}) and linking ({@link StudyLinking}) the files of a study side by side share: how
 * many threads, the threads themselves, and the order of the work.
 */
final class SideBySide {

	/** Below this many files, starting threads costs more than it saves. */
	private static final int PARALLEL_FROM = 4;

	private static final AtomicInteger THREADS = new AtomicInteger();

	private SideBySide() {
	}

	/** How many threads to work on this many files with: one per core, and 1 (the caller's) when few files. */
	static int threads(int files) {
		return files < PARALLEL_FROM ? 1 : Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), files - 1));
	}

	/** A pool of daemon threads named for what they do ("reader", "linker"), so that none keeps the process alive. */
	static ExecutorService pool(int threads, String work) {
		return Executors.newFixedThreadPool(threads, task -> {
			Thread thread = new Thread(task, "cogov-study-" + work + "-" + THREADS.incrementAndGet()); //$NON-NLS-1$ //$NON-NLS-2$
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * The positions of the files, largest first: started in this order, no large file (a study's sources) is left
	 * to one thread at the end while the others wait.
	 */
	static <T> List<Integer> largestFirst(List<T> files, ToLongFunction<T> size) {
		long[] sizes = files.stream().mapToLong(size).toArray();
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			positions.add(i);
		}
		positions.sort(Comparator.comparingLong((Integer i) -> sizes[i]).reversed());
		return positions;
	}
}
