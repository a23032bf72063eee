/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.synthetic;

import static org.cogov.dsl.synthetic.StudyText.quote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.cogov.model.StructureType;

/**
 * A synthetic study of many county-level platforms, for benchmarks and scale tests: a seed and a number of cases
 * give one shared sources file and one {@code .cogov} file per case, always the same text for the same seed and
 * count. Cases have realistic shapes (8 to 60 departments, 1 to 8 enterprises, 1 to 4 structure phases, links and
 * decisions in proportion) and are built across the four structure types and some mixed ones. The data are
 * invented; the files load without errors, with the warnings and risks real studies have.
 * <p>
 * Each case draws from its own random stream (seed and case number), so case 7 reads the same whether the study
 * has 10 or 2,850 cases.
 */
public final class SyntheticStudy {

	/** The study identifier every generated file starts with. */
	public static final String STUDY = "Synthetic"; //$NON-NLS-1$
	/** Name of the shared sources file. */
	public static final String SOURCES_FILE = "sources.cogov"; //$NON-NLS-1$
	/** Cases a study may have: every county-level unit of China is about 2,850; a little room above. */
	public static final int MAX_CASES = 10_000;

	private final long seed;
	private final List<CaseShape> shapes;

	/**
	 * @throws IllegalArgumentException when cases is not between 1 and {@value #MAX_CASES}
	 */
	public SyntheticStudy(long seed, int cases) {
		if (cases < 1 || cases > MAX_CASES) {
			throw new IllegalArgumentException("the number of cases must be between 1 and " + MAX_CASES + ", not " + cases); //$NON-NLS-1$ //$NON-NLS-2$
		}
		this.seed = seed;
		List<CaseShape> drawn = new ArrayList<>();
		for (int i = 0; i < cases; i++) {
			drawn.add(CaseShape.draw(i, random(i, 0)));
		}
		this.shapes = Collections.unmodifiableList(drawn);
	}

	public long seed() {
		return seed;
	}

	public int cases() {
		return shapes.size();
	}

	/** The file name of case {@code index} (0-based), e.g. county0042.cogov. */
	public String fileName(int index) {
		return shapes.get(index).name().toLowerCase(java.util.Locale.ROOT) + ".cogov"; //$NON-NLS-1$
	}

	/** The DSL name of case {@code index}, e.g. County0042. */
	public String caseName(int index) {
		return shapes.get(index).name();
	}

	/** The structure type the current phase of case {@code index} is built to have (HYBRID: built to fit none). */
	public StructureType intendedType(int index) {
		return shapes.get(index).type();
	}

	/** The sources file's text. */
	public String sourcesText() {
		StudyText text = new StudyText();
		text.line("// Sources of a synthetic study of " + cases() + " cases (seed " + seed //$NON-NLS-1$ //$NON-NLS-2$
				+ "). Invented data for benchmarks and tests; interviewees are anonymous codes."); //$NON-NLS-1$
		text.line("study " + STUDY + " " + quote("合成研究：" + cases() + "个县级政务数据平台")).blank(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		text.open("sources"); //$NON-NLS-1$
		for (CaseShape shape : shapes) {
			new CaseSources(shape).writeEntries(text);
		}
		text.close();
		return text.toString();
	}

	/** The text of case {@code index}'s file. */
	public String caseText(int index) {
		return new CaseWriter(shapes.get(index), random(index, 1)).write(STUDY, seed);
	}

	/** Every file name with its text: the sources file first, then the cases in order. */
	public Map<String, String> files() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put(SOURCES_FILE, sourcesText());
		for (int i = 0; i < cases(); i++) {
			files.put(fileName(i), caseText(i));
		}
		return files;
	}

	/**
	 * Writes the study into a folder, created if needed, that holds no study files yet: generated files never
	 * replace a researcher's work, so each is created new and the write fails if it exists.
	 *
	 * @return the files written, sources first
	 * @throws IOException when the folder already holds .cogov or .xmi files, or a file cannot be written
	 */
	public List<Path> write(Path folder) throws IOException {
		Files.createDirectories(folder);
		try (Stream<Path> existing = Files.list(folder)) {
			Path clash = existing.filter(p -> p.getFileName().toString().endsWith(".cogov") //$NON-NLS-1$
					|| p.getFileName().toString().endsWith(".xmi")).findFirst().orElse(null); //$NON-NLS-1$
			if (clash != null) {
				throw new IOException(folder + " already holds study files (" + clash.getFileName() //$NON-NLS-1$
						+ "); choose an empty folder so that no work is replaced"); //$NON-NLS-1$
			}
		}
		List<Path> written = new ArrayList<>();
		written.add(create(folder.resolve(SOURCES_FILE), sourcesText()));
		for (int i = 0; i < cases(); i++) {
			written.add(create(folder.resolve(fileName(i)), caseText(i)));
		}
		return written;
	}

	private static Path create(Path file, String text) throws IOException {
		return Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
	}

	/** The random stream of case {@code index}; part 0 draws its shape, part 1 writes its text. */
	private Random random(int index, int part) {
		long mixed = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + part;
		mixed = (mixed ^ (mixed >>> 30)) * 0xBF58476D1CE4E5B9L;
		mixed = (mixed ^ (mixed >>> 27)) * 0x94D049BB133111EBL;
		return new Random(mixed ^ (mixed >>> 31));
	}

	/** The DSL word of a structure type. */
	static String word(StructureType type) {
		return switch (type) {
		case CO_CREATION -> "co-creation"; //$NON-NLS-1$
		case NETWORK -> "network"; //$NON-NLS-1$
		case ENTERPRISE_LED -> "enterprise-led"; //$NON-NLS-1$
		case GOVERNMENT_LED -> "government-led"; //$NON-NLS-1$
		default -> "hybrid"; //$NON-NLS-1$
		};
	}
}
