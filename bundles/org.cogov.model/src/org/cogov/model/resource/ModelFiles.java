/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.model.resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * Saves model files so that work is never lost: the resource is first checked for dangling references, then
 * written completely into a temporary file beside the target, flushed to disk and renamed over the old file.
 * A crash or error at any point before the rename leaves the old file untouched.
 */
public final class ModelFiles {

	/** A save refused because elements refer to deleted or unresolved elements. */
	public static class DanglingReferenceException extends IOException {
		private static final long serialVersionUID = 1L;
		private final transient List<DanglingReferences.Dangling> dangling;

		public DanglingReferenceException(String file, List<DanglingReferences.Dangling> dangling) {
			super("Not saved: " + file + " would contain references to elements that are not in the model:\n  " //$NON-NLS-1$ //$NON-NLS-2$
					+ dangling.stream().map(DanglingReferences.Dangling::message).collect(Collectors.joining("\n  "))); //$NON-NLS-1$
			this.dangling = dangling;
		}

		public List<DanglingReferences.Dangling> getDangling() {
			return dangling;
		}
	}

	private ModelFiles() {
	}

	/** Saves a resource whose URI is a file URI, atomically. */
	public static void save(Resource resource, Map<?, ?> options) throws IOException {
		if (!resource.getURI().isFile()) {
			throw new IOException("Can only save to a file, not " + resource.getURI()); //$NON-NLS-1$
		}
		Path target = Paths.get(resource.getURI().toFileString());
		List<DanglingReferences.Dangling> dangling = DanglingReferences.find(resource);
		if (!dangling.isEmpty()) {
			throw new DanglingReferenceException(target.toString(), dangling);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, options);
		write(target, bytes.toByteArray());
	}

	/** Writes bytes to a file atomically: temporary file in the same folder, fsync, rename. */
	public static void write(Path target, byte[] content) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".saving"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				channel.write(java.nio.ByteBuffer.wrap(content));
				channel.force(true);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
