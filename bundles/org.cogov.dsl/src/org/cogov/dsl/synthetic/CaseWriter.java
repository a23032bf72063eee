/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.synthetic;

import static org.cogov.dsl.synthetic.StudyText.date;
import static org.cogov.dsl.synthetic.StudyText.decimal;
import static org.cogov.dsl.synthetic.StudyText.quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.cogov.dsl.synthetic.CountyActors.Department;
import org.cogov.dsl.synthetic.CountyActors.Enterprise;
import org.cogov.model.StructureType;

/**
 * Writes the file of one synthetic case: region, platform, actors, the structure phases in time order (earlier
 * phases government-led pilots, the current one of the case's type), the T, O and I factors, the two mechanisms,
 * the collaboration links, an outcome, difficulties and a short timeline with causal claims. Every element that
 * the rules want evidenced cites the case's own sources in the shared sources file.
 */
final class CaseWriter {

	private static final String[] CHARACTERISTICS = { "policy-pilot \"provincial digital government pilot\"", //$NON-NLS-1$
			"digital-foundation \"county-wide government cloud\"", "economic \"agriculture-based economy\"", //$NON-NLS-1$ //$NON-NLS-2$
			"industrial \"a cluster of local data firms\"", "leadership-attention \"the county leaders chair digital work\"" }; //$NON-NLS-1$ //$NON-NLS-2$
	private static final String[] LINK_KINDS = { "data-sharing", "data-sharing", "data-sharing", "data-sharing", "joint-project", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"joint-service", "joint-decision", "secondment" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final String[] FORMALISATION = { "informal", "agreed", "agreed", "institutionalised" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final String[] SHARING = { "unconditional", "conditional", "conditional" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final CaseShape shape;
	private final Random random;
	private final CaseSources sources;
	private final StudyText text = new StudyText();
	private final List<Department> departments;
	private final List<Enterprise> enterprises;

	CaseWriter(CaseShape shape, Random random) {
		this.shape = shape;
		this.random = random;
		this.sources = new CaseSources(shape);
		this.departments = CountyActors.departments(shape.departments(), random);
		this.enterprises = CountyActors.enterprises(shape.enterprises(), random);
	}

	/** The whole file. */
	String write(String study, long seed) {
		text.line("// Synthetic case " + (shape.index() + 1) + " (seed " + seed + "), built as " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ SyntheticStudy.word(shape.type()) + ". Invented data for benchmarks and tests, not a real county."); //$NON-NLS-1$
		text.line("study " + study).blank(); //$NON-NLS-1$
		text.open("case " + shape.name() + " " + quote(shape.label())); //$NON-NLS-1$ //$NON-NLS-2$
		region();
		List<LocalDate> starts = phaseStarts();
		text.line("platform Platform " + quote(shape.label() + "政务数据平台") + " kind data-platform launched " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ date(starts.get(0).plusMonths(6)));
		actors();
		phases(starts);
		String current = "P" + shape.phases(); //$NON-NLS-1$
		factors(current);
		mechanisms(current);
		links(starts.get(0));
		outcome(starts.get(starts.size() - 1));
		difficulties();
		timeline(starts);
		text.close();
		return text.toString();
	}

	private void region() {
		int characteristics = random.nextInt(3);
		String head = "region " + shape.level() + " zone " + shape.zone() + " fiscal " + shape.fiscal(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (characteristics == 0) {
			text.line(head);
			return;
		}
		text.open(head);
		int first = random.nextInt(CHARACTERISTICS.length);
		for (int i = 0; i < characteristics; i++) {
			text.line("characteristic " + CHARACTERISTICS[(first + i) % CHARACTERISTICS.length]); //$NON-NLS-1$
		}
		text.close();
	}

	/** Phase k starts one to three years after phase k-1; the last phase is open-ended. */
	private List<LocalDate> phaseStarts() {
		List<LocalDate> starts = new ArrayList<>();
		LocalDate start = shape.start();
		for (int i = 0; i < shape.phases(); i++) {
			starts.add(start);
			start = start.plusMonths(12 + random.nextInt(25));
		}
		return starts;
	}

	private void actors() {
		for (Department d : departments) {
			String line = "department " + d.name() + " " + quote(d.label()) + " " + d.kind() + " " + d.line(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			if (d == departments.get(0) && random.nextBoolean()) {
				text.open(line);
				text.line("person DirectorDA position \"director of the data authority\" tenure " + (1 + random.nextInt(8)) + " years" //$NON-NLS-1$ //$NON-NLS-2$
						+ (random.nextBoolean() ? " it-background" : "")); //$NON-NLS-1$ //$NON-NLS-2$
				text.close();
			} else {
				text.line(line);
			}
		}
		for (Enterprise e : enterprises) {
			text.line("enterprise " + e.name() + " " + quote(e.label()) + " " + e.ownership() + " " + e.scale() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ (e.local() ? " local" : "") + " capabilities " + StudyText.list(e.capabilities())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	/** Earlier phases are government-led pilots (sometimes already mixed before a network); the last has the case's type. */
	private void phases(List<LocalDate> starts) {
		PhaseWriter writer = new PhaseWriter(text, random, departments, enterprises);
		String[] labels = { "试点阶段", "建设阶段", "深化阶段", "运营阶段" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		for (int i = 0; i < starts.size(); i++) {
			boolean current = i == starts.size() - 1;
			StructureType type = current ? shape.type()
					: shape.type() == StructureType.NETWORK && i == starts.size() - 2 && random.nextInt(10) < 3 ? StructureType.HYBRID
							: StructureType.GOVERNMENT_LED;
			LocalDate to = current ? null : starts.get(i + 1).minusDays(1);
			writer.write("P" + (i + 1), labels[current ? 3 : i], starts.get(i), to, type); //$NON-NLS-1$
		}
	}

	private void factors(String phase) {
		String[][] factors = { { "T1", "技术基础", "technological", "role-allocation", "a shared cloud let firms take separate roles" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				{ "O1", "统筹协调", "organisational", "decision-structure", "the data authority set up the decision bodies" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				{ "I1", "制度环境", "institutional", "structure-type", "provincial rules shaped the cooperation" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		String[] strengths = { "weak", "moderate", "strong" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (String[] f : factors) {
			int strength = random.nextInt(3);
			String direction = random.nextInt(4) == 0 ? "constraining" : "enabling"; //$NON-NLS-1$ //$NON-NLS-2$
			text.open("factor " + f[0] + " " + quote(f[1]) + " " + f[2] + " " + strengths[strength] + " " + direction + " score " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
					+ decimal(0.2 + 0.25 * strength + 0.1 * random.nextDouble()));
			text.open("effect on " + f[3] + " in " + phase + " " + quote(f[4])); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			text.line(sources.evidence(random, "supports hoop")); //$NON-NLS-1$
			text.close();
			text.close();
		}
	}

	private void mechanisms(String phase) {
		text.open("mechanism VI \"价值整合\" value-integration " + (random.nextBoolean() ? "strong" : "moderate") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ " indicators joint-kpi, shared-goal-document addresses no-common-goals in " + phase); //$NON-NLS-1$
		text.line(sources.governmentEvidence(random, "supports hoop")); //$NON-NLS-1$
		text.line(sources.enterpriseEvidence(random, "supports smoking-gun")); //$NON-NLS-1$
		text.close();
		if (random.nextInt(10) < 7) {
			text.open("mechanism TE \"技术赋能\" technology-empowerment " + (random.nextBoolean() ? "strong" : "weak") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ " indicators unified-standard, api-exchange addresses lack-of-capacity in " + phase); //$NON-NLS-1$
			text.line(sources.enterpriseEvidence(random, "supports hoop")); //$NON-NLS-1$
			text.line(sources.governmentEvidence(random, "supports hoop")); //$NON-NLS-1$
			text.close();
		}
	}

	/**
	 * Links in proportion to the departments: dense and platform-mediated in a network, hub-and-spoke through the
	 * data authority when the government leads, sparse under an enterprise (isolated departments are expected there).
	 */
	private void links(LocalDate start) {
		int n = departments.size();
		double perDepartment = switch (shape.type()) {
		case NETWORK -> 1.8;
		case ENTERPRISE_LED -> 0.6;
		case CO_CREATION -> 1.3;
		default -> 1.1;
		};
		double hubShare = shape.type() == StructureType.GOVERNMENT_LED ? 0.8 : 0.5;
		int platformPercent = shape.type() == StructureType.NETWORK ? 85 : shape.type() == StructureType.ENTERPRISE_LED ? 40 : 65;
		int target = Math.min((int) Math.round(perDepartment * n), n * (n - 1) / 2);
		Set<Integer> pairs = new HashSet<>();
		int hubLinks = Math.min(n - 1, (int) Math.round(hubShare * target));
		for (int i = 1; i <= hubLinks; i++) {
			link(0, i, pairs, start, platformPercent);
		}
		while (pairs.size() < target) {
			link(random.nextInt(n), random.nextInt(n), pairs, start, platformPercent);
		}
	}

	private void link(int a, int b, Set<Integer> pairs, LocalDate start, int platformPercent) {
		int n = departments.size();
		if (a == b || !pairs.add(Math.min(a, b) * n + Math.max(a, b))) {
			return;
		}
		String kind = LINK_KINDS[random.nextInt(LINK_KINDS.length)];
		StringBuilder line = new StringBuilder("link ").append(departments.get(a).name()) //$NON-NLS-1$
				.append(random.nextInt(3) == 0 ? " -> " : " <-> ").append(departments.get(b).name()).append(' ').append(kind) //$NON-NLS-1$ //$NON-NLS-2$
				.append(random.nextInt(100) < platformPercent ? " via-platform " : " direct ") //$NON-NLS-1$ //$NON-NLS-2$
				.append(FORMALISATION[random.nextInt(FORMALISATION.length)]);
		if (kind.equals("data-sharing")) { //$NON-NLS-1$
			line.append(' ').append(SHARING[random.nextInt(SHARING.length)]);
		}
		line.append(random.nextInt(12) == 0 ? " planned" : " active").append(" from ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append(date(start.plusDays(random.nextInt(1500))));
		text.line(line.toString());
	}

	private void outcome(LocalDate current) {
		text.open("outcome SharedItems \"共享数据项\" indicator \"data items shared through the platform\" value " //$NON-NLS-1$
				+ (100 + random.nextInt(3000)) + " unit \"items\" date " + date(current.plusMonths(6))); //$NON-NLS-1$
		text.line(sources.documentEvidence("supports hoop")); //$NON-NLS-1$
		text.close();
	}

	private void difficulties() {
		if (random.nextBoolean()) {
			text.open("difficulty Goals \"缺乏共同目标\" no-common-goals severity medium affects " + departments.get(3).name() + ", " //$NON-NLS-1$ //$NON-NLS-2$
					+ departments.get(4).name() + " resolved by VI"); //$NON-NLS-1$
			text.line(sources.evidence(random, "supports hoop")); //$NON-NLS-1$
			text.close();
		}
		if (random.nextInt(3) == 0) {
			text.open("difficulty Duties \"职责不清\" unclear-responsibilities severity high affects " + departments.get(2).name() //$NON-NLS-1$
					+ " unresolved"); //$NON-NLS-1$
			text.line(sources.evidence(random, "supports straw-in-the-wind")); //$NON-NLS-1$
			text.close();
		}
	}

	/** A policy, the first contract and the launch, in time order, with claims from earlier to later events. */
	private void timeline(List<LocalDate> starts) {
		LocalDate start = starts.get(0);
		text.line("event Policy \"数字政府建设政策出台\" on " + date(start.minusMonths(3)) + " policy-issued involves " //$NON-NLS-1$ //$NON-NLS-2$
				+ departments.get(1).name());
		text.open("event Contract \"首份合作协议签署\" on " + date(start.plusDays(20)) + " agreement-signed involves " //$NON-NLS-1$ //$NON-NLS-2$
				+ departments.get(0).name() + ", " + enterprises.get(0).name()); //$NON-NLS-1$
		text.line(sources.documentEvidence("supports doubly-decisive")); //$NON-NLS-1$
		text.close();
		text.line("event Launch \"平台上线\" on " + date(start.plusMonths(6)) + " platform-launch involves " + departments.get(0).name()); //$NON-NLS-1$ //$NON-NLS-2$
		text.open("claim Policy causes Contract"); //$NON-NLS-1$
		text.line(sources.documentEvidence("supports hoop")); //$NON-NLS-1$
		text.close();
		text.open("claim Contract causes Launch"); //$NON-NLS-1$
		text.line(sources.evidence(random, "supports smoking-gun")); //$NON-NLS-1$
		text.close();
	}
}
