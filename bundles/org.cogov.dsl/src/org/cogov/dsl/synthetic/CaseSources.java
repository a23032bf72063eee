/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.synthetic;

import static org.cogov.dsl.synthetic.StudyText.date;
import static org.cogov.dsl.synthetic.StudyText.quote;

import java.util.Locale;
import java.util.Random;

/**
 * The sources of one synthetic case in the shared sources file, and evidence lines that cite them. Every case has
 * a policy, a contract and a work report; the first {@value CaseShape#INTERVIEWED_CASES} cases also have two
 * government and two enterprise interviewees (anonymous codes G001, E001, ...), as a national study would
 * interview in a sample of counties and rely on documents elsewhere.
 */
final class CaseSources {

	private final CaseShape shape;
	private final String number;

	CaseSources(CaseShape shape) {
		this.shape = shape;
		this.number = String.format(Locale.ROOT, "%04d", shape.index() + 1); //$NON-NLS-1$
	}

	private String interviewee(char side, int which) {
		return String.format(Locale.ROOT, "%c%03d", side, 2 * shape.index() + which + 1); //$NON-NLS-1$
	}

	String policy() {
		return "Policy" + number; //$NON-NLS-1$
	}

	String contract() {
		return "Contract" + number; //$NON-NLS-1$
	}

	String report() {
		return "Report" + number; //$NON-NLS-1$
	}

	/** Writes this case's entries of the sources file. */
	void writeEntries(StudyText text) {
		String year = String.valueOf(shape.start().getYear());
		if (shape.interviewed()) {
			String[] ranks = { "deputy director", "section chief", "staff member" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String visit = date(shape.start().plusYears(3));
			for (int i = 0; i < 2; i++) {
				text.line("interviewee " + interviewee('G', i) + " side government rank " + quote(ranks[(shape.index() + i) % 3]) //$NON-NLS-1$ //$NON-NLS-2$
						+ " affiliation " + shape.name() + "." + (i == 0 ? "DA" : "GO") + " date " + visit); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			}
			for (int i = 0; i < 2; i++) {
				text.line("interviewee " + interviewee('E', i) + " side enterprise rank " //$NON-NLS-1$ //$NON-NLS-2$
						+ quote(i == 0 ? "project manager" : "data engineer") + " affiliation " + shape.name() + ".EN1 date " + visit); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
		}
		text.line("document " + policy() + " " + quote(shape.label() + "数字政府建设实施方案") + " kind policy issuer " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ quote(shape.name() + " government office") + " ref " + quote(shape.label() + "政办〔" + year + "〕" + (shape.index() % 90 + 10) + "号")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		text.line("document " + contract() + " " + quote(shape.label() + "政务数据平台合作协议") + " kind contract issuer " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ quote(shape.name() + " data authority")); //$NON-NLS-1$
		text.line("document " + report() + " " + quote(shape.label() + "数字政府年度工作报告") + " kind report"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** Evidence from the government side: an interviewee where there are some, else the policy or the report. */
	String governmentEvidence(Random random, String grading) {
		String source = shape.interviewed() ? interviewee('G', random.nextInt(2)) : random.nextBoolean() ? policy() : report();
		return line(source, random, grading);
	}

	/** Evidence from the enterprise side: an interviewee where there are some, else the contract. */
	String enterpriseEvidence(Random random, String grading) {
		String source = shape.interviewed() ? interviewee('E', random.nextInt(2)) : contract();
		return line(source, random, grading);
	}

	/** Evidence from either side. */
	String evidence(Random random, String grading) {
		return random.nextBoolean() ? governmentEvidence(random, grading) : enterpriseEvidence(random, grading);
	}

	/** Evidence from the policy document, which every case has. */
	String documentEvidence(String grading) {
		return "evidence " + policy() + " " + grading; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String line(String source, Random random, String grading) {
		return "evidence " + source + " at " + quote("p. " + (1 + random.nextInt(40))) + " " + grading; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
