/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.layout;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.model.Point;
import org.cogov.model.resource.ModelFiles;

/**
 * Where a modeler put nodes by hand, per diagram, in a small file next to the study file of the case
 * ({@code county-a.cogov} has {@code county-a.cogov-layout}): the DSL text never holds positions. One line per
 * moved node, {@code network/CountyA/P2/actor\:DA = 120,340}; the file is written atomically and sorted, so it
 * compares well in version control. A missing or unreadable file means no node was moved.
 */
public final class NodePositions {

	/** The layout file's name ends with this, after the study file's own name. */
	public static final String SUFFIX = "-layout"; //$NON-NLS-1$

	private final Path file;
	private final Map<String, String> entries = new TreeMap<>();

	private NodePositions(Path file) {
		this.file = file;
	}

	/** The positions kept beside a study file (none when the layout file is missing or unreadable). */
	public static NodePositions beside(Path studyFile) {
		NodePositions positions = new NodePositions(studyFile.resolveSibling(studyFile.getFileName() + SUFFIX));
		if (Files.isRegularFile(positions.file)) {
			Properties properties = new Properties();
			try (Reader reader = Files.newBufferedReader(positions.file, StandardCharsets.UTF_8)) {
				properties.load(reader);
				properties.stringPropertyNames().forEach(key -> positions.entries.put(key, properties.getProperty(key)));
			} catch (IOException | IllegalArgumentException e) {
				positions.entries.clear(); // a damaged layout file costs the hand-made positions, never the diagram
			}
		}
		return positions;
	}

	public Path file() {
		return file;
	}

	/** The moved nodes of one diagram by node id. */
	public Map<String, Point> of(DiagramKind kind, String caseName, String phaseName) {
		String prefix = key(kind, caseName, phaseName, ""); //$NON-NLS-1$
		Map<String, Point> positions = new LinkedHashMap<>();
		entries.forEach((key, value) -> {
			Point point = key.startsWith(prefix) ? point(value) : null;
			if (point != null) {
				positions.put(key.substring(prefix.length()), point);
			}
		});
		return positions;
	}

	/** Remembers where a node of a diagram was put and writes the file. */
	public void put(DiagramKind kind, String caseName, String phaseName, String nodeId, Point topLeft) throws IOException {
		entries.put(key(kind, caseName, phaseName, nodeId),
				String.format(Locale.ROOT, "%.0f,%.0f", topLeft.x(), topLeft.y())); //$NON-NLS-1$
		StringBuilder text = new StringBuilder("# CoGov Studio: nodes moved by hand in the diagrams of ") //$NON-NLS-1$
				.append(file.getFileName().toString(), 0, file.getFileName().toString().length() - SUFFIX.length()).append('\n');
		entries.forEach((key, value) -> text.append(escaped(key)).append('=').append(value).append('\n'));
		ModelFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** A key as a properties file writes it: the characters that would end it escaped (names are ASCII). */
	private static String escaped(String key) {
		return key.replaceAll("([\\\\:= #!])", "\\\\$1"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String key(DiagramKind kind, String caseName, String phaseName, String nodeId) {
		return kind.name().toLowerCase(Locale.ROOT) + '/' + caseName + '/' + phaseName + '/' + nodeId;
	}

	private static Point point(String value) {
		String[] xy = value.split(","); //$NON-NLS-1$
		try {
			return xy.length == 2 ? new Point(Double.parseDouble(xy[0].trim()), Double.parseDouble(xy[1].trim())) : null;
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
