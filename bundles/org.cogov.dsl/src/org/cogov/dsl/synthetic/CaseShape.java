/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.synthetic;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

import org.cogov.model.StructureType;

/**
 * The size and kind of one synthetic case, drawn before any text is written: how many departments (8 to 60),
 * enterprises (1 to 8) and structure phases (1 to 4) it has, the structure type its current phase is built to
 * have, where it lies, and whether its people were interviewed.
 *
 * @param index       0-based position in the study
 * @param name        DSL name, e.g. County0042
 * @param label       Chinese label, e.g. 合成县0042
 * @param level       administrative level word
 * @param zone        zone word
 * @param fiscal      fiscal capacity word
 * @param departments number of departments
 * @param enterprises number of enterprises
 * @param phases      number of structure phases
 * @param type        the type the current phase is built to have; HYBRID for a deliberately mixed structure
 * @param interviewed whether the case has interviewees in the sources file
 * @param start       first day of the first phase
 */
record CaseShape(int index, String name, String label, String level, String zone, String fiscal, int departments,
		int enterprises, int phases, StructureType type, boolean interviewed, LocalDate start) {

	static final int MIN_DEPARTMENTS = 8;
	static final int MAX_DEPARTMENTS = 60;
	static final int MIN_ENTERPRISES = 1;
	static final int MAX_ENTERPRISES = 8;
	static final int MAX_PHASES = 4;

	/** Cases whose people were interviewed: interviewee codes have at most three digits, two per side a case. */
	static final int INTERVIEWED_CASES = 400;

	/** Draws the shape of case {@code index}. */
	static CaseShape draw(int index, Random random) {
		String[] levels = { "county", "county", "county", "county-level-city", "district" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		String level = levels[random.nextInt(levels.length)];
		String[] zones = { "east", "central", "west", "northeast" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		String zone = zones[random.nextInt(zones.length)];
		String[] fiscals = { "low", "medium", "high" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String fiscal = fiscals[random.nextInt(fiscals.length)];
		StructureType type = type(random);
		int departments = departments(random, type);
		int enterprises = enterprises(random, type);
		int phases = phases(random);
		LocalDate start = LocalDate.of(2015 + random.nextInt(6), 1 + random.nextInt(12), 1);
		String prefix = switch (level) {
		case "district" -> "District"; //$NON-NLS-1$ //$NON-NLS-2$
		case "county-level-city" -> "City"; //$NON-NLS-1$ //$NON-NLS-2$
		default -> "County"; //$NON-NLS-1$
		};
		String suffix = switch (level) {
		case "district" -> "区"; //$NON-NLS-1$ //$NON-NLS-2$
		case "county-level-city" -> "市"; //$NON-NLS-1$ //$NON-NLS-2$
		default -> "县"; //$NON-NLS-1$
		};
		String number = String.format(Locale.ROOT, "%04d", index + 1); //$NON-NLS-1$
		return new CaseShape(index, prefix + number, "合成" + suffix + number, level, zone, fiscal, departments, enterprises, //$NON-NLS-1$
				phases, type, index < INTERVIEWED_CASES, start);
	}

	/**
	 * Government-led platforms are the most common in Chinese counties, then networks; co-creation and
	 * enterprise-led ones are rarer; about one case in twelve is built as a mixed structure that fits no type.
	 */
	private static StructureType type(Random random) {
		int roll = random.nextInt(100);
		if (roll < 38) {
			return StructureType.GOVERNMENT_LED;
		}
		if (roll < 64) {
			return StructureType.NETWORK;
		}
		if (roll < 80) {
			return StructureType.CO_CREATION;
		}
		return roll < 92 ? StructureType.ENTERPRISE_LED : StructureType.HYBRID;
	}

	/** Triangular between 8 and 60 with its mode at 24: most counties have two to three dozen departments. */
	private static int departments(Random random, StructureType type) {
		double u = random.nextDouble();
		double min = MIN_DEPARTMENTS;
		double max = MAX_DEPARTMENTS;
		double mode = 24;
		double cut = (mode - min) / (max - min);
		double x = u < cut ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
		int n = (int) Math.round(x);
		// a network needs a joint body of at least five departments besides the data authority and the office
		int least = type == StructureType.NETWORK ? 10 : MIN_DEPARTMENTS;
		return Math.max(least, Math.min(MAX_DEPARTMENTS, n));
	}

	/** Few firms in most counties; a network needs at least two, an enterprise-led platform rests on one or two. */
	private static int enterprises(Random random, StructureType type) {
		return switch (type) {
		case NETWORK -> 2 + random.nextInt(7); // 2..8
		case ENTERPRISE_LED -> 1 + random.nextInt(2); // 1..2
		case CO_CREATION -> 1 + random.nextInt(4); // 1..4, one core partner and specialists
		default -> MIN_ENTERPRISES + Math.min(random.nextInt(4) + random.nextInt(4), MAX_ENTERPRISES - 1); // 1..7, mostly 2..4
		};
	}

	/** One phase in a third of the cases, two in another third, three or four in the rest. */
	private static int phases(Random random) {
		int roll = random.nextInt(100);
		return roll < 35 ? 1 : roll < 70 ? 2 : roll < 90 ? 3 : MAX_PHASES;
	}
}
