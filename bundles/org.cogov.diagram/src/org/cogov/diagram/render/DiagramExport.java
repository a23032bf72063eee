/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.cogov.diagram.layout.DiagramLayout;
import org.cogov.diagram.model.Diagram;
import org.cogov.model.resource.ModelFiles;

/** Writes a diagram to a file, SVG or PNG by the file's extension, atomically (temporary file, then rename). */
public final class DiagramExport {

	private DiagramExport() {
	}

	/** Whether a file name ends in an extension we can write (.svg or .png, any case). */
	public static boolean isSupported(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".svg") || name.endsWith(".png"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Writes the diagram; lays it out first (standard text measure) if that has not happened yet.
	 *
	 * @throws IllegalArgumentException if the extension is neither .svg nor .png
	 * @throws IOException              if the file cannot be written
	 */
	public static void write(Diagram diagram, Path file) throws IOException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (!isSupported(file)) {
			throw new IllegalArgumentException("cannot write " + file.getFileName() + ": use a .svg or .png file name"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!diagram.isLaidOut()) {
			DiagramLayout.layout(diagram);
		}
		byte[] content = name.endsWith(".svg") ? SvgRenderer.render(diagram).getBytes(StandardCharsets.UTF_8) //$NON-NLS-1$
				: PngRenderer.render(diagram);
		ModelFiles.write(file, content);
	}
}
