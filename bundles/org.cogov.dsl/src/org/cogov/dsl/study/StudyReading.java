/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Reads the files of a study side by side, one file per core: parsing is most of the time of loading a study of
 * many files, and files parse independently of each other. The results come back in the order of the files, so a
 * study loads the same whatever the number of cores; progress is reported from the caller's thread.
 * <p>
 * The smallest file is read alone, before any other: it initialises the language's shared services (converters,
 * messages), which are then only read by the parallel readers. The others are started largest first, so that a large
 * file (a study's sources) is not left to one reader at the end while the others wait.
 */
final class StudyReading {

	private StudyReading() {
	}

	static List<StudyFileReader.FileRead> readAll(StudyFileReader reader, List<Path> files, StudyLoader.Progress progress) {
		List<StudyFileReader.FileRead> reads = new ArrayList<>();
		int threads = SideBySide.threads(files.size());
		if (threads < 2) {
			for (int i = 0; i < files.size(); i++) {
				progress.step(i, files.size(), "reading " + files.get(i).getFileName()); //$NON-NLS-1$
				reads.add(reader.read(files.get(i)));
			}
			return reads;
		}
		List<Integer> bySize = SideBySide.largestFirst(files, StudyReading::size);
		int first = bySize.remove(bySize.size() - 1);
		StudyFileReader.FileRead firstRead = reader.read(files.get(first));
		ExecutorService pool = SideBySide.pool(threads, "reader"); //$NON-NLS-1$
		try {
			List<Future<StudyFileReader.FileRead>> pending = new ArrayList<>(Collections.nCopies(files.size(), null));
			for (int i : bySize) {
				Path file = files.get(i);
				pending.set(i, pool.submit(() -> reader.read(file)));
			}
			for (int i = 0; i < files.size(); i++) {
				Path file = files.get(i);
				progress.step(i, files.size(), "reading " + file.getFileName()); //$NON-NLS-1$
				reads.add(i == first ? firstRead : result(file, pending.get(i)));
			}
		} finally {
			pool.shutdownNow();
		}
		return reads;
	}

	/** A file's size for the order of reading; a file whose size cannot be read counts as empty. */
	private static long size(Path file) {
		try {
			return Files.size(file);
		} catch (IOException | SecurityException e) {
			return 0; // the reader reports what is wrong with the file
		}
	}

	/** A reader's result; a reader never throws for bad input, so what arrives here is an interruption or a defect. */
	private static StudyFileReader.FileRead result(Path file, Future<StudyFileReader.FileRead> pending) {
		try {
			return pending.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return failed(file, "loading was interrupted before this file was read"); //$NON-NLS-1$
		} catch (ExecutionException e) {
			return failed(file, "cannot read the file: " + e.getCause()); //$NON-NLS-1$
		}
	}

	private static StudyFileReader.FileRead failed(Path file, String message) {
		return new StudyFileReader.FileRead(file, null, List.of(StudyLoader.problem(file, FileDiagnostic.IO, message)));
	}
}
