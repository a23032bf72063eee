/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.synthetic;

import static org.cogov.dsl.synthetic.StudyText.date;
import static org.cogov.dsl.synthetic.StudyText.list;
import static org.cogov.dsl.synthetic.StudyText.percent;
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
 * Writes one structure phase built to have a given type under the default classification parameters, after the
 * four illustrative cases of the design notes: government-led like County D, network like County A's second
 * phase, enterprise-led like County C, co-creation like District B. HYBRID is a government-led structure that
 * also pays its partner a revenue share, which fits no type. Sizes follow the case: more departments mean more
 * data providers and a larger joint meeting; more enterprises mean more agreements, roles and fee shares.
 * Everything written is free of rule errors; warnings (borderline types, risks) may occur as in real studies.
 */
final class PhaseWriter {

	private final StudyText text;
	private final Random random;
	private final List<Department> departments;
	private final List<Enterprise> enterprises;
	/** Names already used in the phase: agreements, responsibilities, pools, assets, bodies and decisions share one namespace. */
	private final Set<String> names = new HashSet<>();

	PhaseWriter(StudyText text, Random random, List<Department> departments, List<Enterprise> enterprises) {
		this.text = text;
		this.random = random;
		this.departments = departments;
		this.enterprises = enterprises;
	}

	/** Writes {@code phase NAME ... { ... }}; to is null for the current phase. */
	void write(String name, String label, LocalDate from, LocalDate to, StructureType type) {
		names.clear();
		StringBuilder head = new StringBuilder("phase ").append(name).append(' ').append(quote(label)) //$NON-NLS-1$
				.append(" from ").append(date(from)); //$NON-NLS-1$
		if (to != null) {
			head.append(" to ").append(date(to)); //$NON-NLS-1$
		}
		if (type != StructureType.HYBRID) {
			head.append(" declared ").append(SyntheticStudy.word(type)); //$NON-NLS-1$
		}
		text.open(head.toString());
		switch (type) {
		case NETWORK -> network(from);
		case ENTERPRISE_LED -> enterpriseLed(from);
		case CO_CREATION -> coCreation(from);
		default -> governmentLed(from, type == StructureType.HYBRID);
		}
		text.close();
	}

	private Department da() {
		return departments.get(0);
	}

	private Department go() {
		return departments.get(1);
	}

	/** Line departments (neither the data authority nor the office), the first n of them. */
	private List<String> lineDepartments(int n) {
		List<String> result = new ArrayList<>();
		for (int i = 2; i < departments.size() && result.size() < n; i++) {
			result.add(departments.get(i).name());
		}
		return result;
	}

	private String declare(String name) {
		if (!names.add(name)) {
			throw new IllegalStateException("generator defect: the phase already has an element named " + name); //$NON-NLS-1$
		}
		return name;
	}

	/** One agreement per enterprise with the data authority; returns the agreement names in enterprise order. */
	private List<String> agreements(LocalDate from, String firstKind, String firstName) {
		List<String> result = new ArrayList<>();
		for (int i = 0; i < enterprises.size(); i++) {
			Enterprise e = enterprises.get(i);
			String name = declare(i == 0 ? firstName : "Service" + (i + 1)); //$NON-NLS-1$
			String kind = i == 0 ? firstKind : "service-purchase"; //$NON-NLS-1$
			String parties = i == 0 && firstKind.equals("concession") ? go().name() : da().name(); //$NON-NLS-1$
			text.line("agreement " + name + " " + quote(e.label() + "合同") + " " + kind + " parties " + parties + ", " + e.name() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
					+ " signed " + date(from.plusDays(10 + random.nextInt(60)))); //$NON-NLS-1$
			result.add(name);
		}
		return result;
	}

	/** Specialist roles of the enterprises after the first, each under its own agreement. */
	private void specialistRoles(List<String> agreements, String... roles) {
		for (int i = 1; i < enterprises.size(); i++) {
			String role = roles[(i - 1) % roles.length];
			text.line("role " + enterprises.get(i).name() + " " + role + " by contract under " + agreements.get(i)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private void dataProviders(List<String> providers) {
		for (String provider : providers) {
			text.line("role " + provider + " data-provider by administrative-document"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Enterprises after the first are responsible for their services, so that every fee has a responsibility. */
	private void specialistResponsibility(String accountable) {
		if (enterprises.size() < 2) {
			return;
		}
		List<String> specialists = enterprises.subList(1, enterprises.size()).stream().map(Enterprise::name).toList();
		text.line("responsibility " + declare("Services") + " " + quote("专业服务") + " category service accountable " + accountable //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ " responsible " + list(specialists) + " enforced by contract"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A pool shared by actors in whole percentages that add up to 100, the first actor taking the most. */
	private void pool(String name, String label, List<String> actors, String type) {
		text.open("benefit " + declare(name) + " " + quote(label)); //$NON-NLS-1$ //$NON-NLS-2$
		int left = 100;
		for (int i = 0; i < actors.size(); i++) {
			int after = actors.size() - 1 - i; // actors still to come, each needs at least 1%
			int share = after == 0 ? left : Math.max(1, Math.min(left - after, left * (50 + random.nextInt(30)) / 100));
			text.line(actors.get(i) + " " + percent(share) + " " + type); //$NON-NLS-1$ //$NON-NLS-2$
			left -= share;
		}
		text.close();
	}

	private List<String> enterpriseNames(int from) {
		return enterprises.subList(from, enterprises.size()).stream().map(Enterprise::name).toList();
	}

	private void decision(String name, String label, String domain, String... rights) {
		text.open("decision " + declare(name) + " " + quote(label) + " " + domain); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (String right : rights) {
			text.line(right);
		}
		text.close();
	}

	/** County D's shape: a hierarchical leading group; the data authority decides and runs the platform. */
	private void governmentLed(LocalDate from, boolean revenueShare) {
		List<String> agreements = agreements(from, "procurement", "Build"); //$NON-NLS-1$ //$NON-NLS-2$
		Enterprise main = enterprises.get(0);
		List<String> providers = lineDepartments(3 + random.nextInt(6));
		text.line("role " + go().name() + " initiator by administrative-document"); //$NON-NLS-1$ //$NON-NLS-2$
		text.line("role " + go().name() + " funder by administrative-document"); //$NON-NLS-1$ //$NON-NLS-2$
		text.line("role " + da().name() + " planner by administrative-document"); //$NON-NLS-1$ //$NON-NLS-2$
		text.line("role " + da().name() + " operator by administrative-document"); //$NON-NLS-1$ //$NON-NLS-2$
		String mainRole = random.nextBoolean() ? "builder" : "service-deliverer"; //$NON-NLS-1$ //$NON-NLS-2$
		text.line("role " + main.name() + " " + mainRole + " by contract under " + agreements.get(0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		specialistRoles(agreements, "security-guardian", "service-deliverer", "advisor"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		dataProviders(providers);
		text.line("responsibility " + declare("Operations") + " " + quote("平台运维") + " category operation accountable " + da().name() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ " responsible " + da().name() + ", " + main.name() + " enforced by administrative"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		text.line("responsibility " + declare("DataCatalogue") + " " + quote("共享目录编制") + " category data-sharing accountable " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ da().name() + " responsible " + list(providers) + " enforced by performance-assessment"); //$NON-NLS-1$ //$NON-NLS-2$
		specialistResponsibility(da().name());
		pool("Fees", "开发与服务费用", enterpriseNames(0), "fixed-fee"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (revenueShare) {
			// the one trait that keeps this structure out of every type: the partner shares the revenue
			pool("Revenue", "数据服务收入", List.of(da().name(), main.name()), "revenue-share"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		text.line("asset " + declare("PlatformIP") + " " + quote("平台软件") + " platform-ip owned by " + da().name() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ " 100% controlled by " + da().name() + " hosted on government-cloud exit-clause"); //$NON-NLS-1$ //$NON-NLS-2$
		text.line("asset " + declare("Data") + " " + quote("政务数据") + " government-data owned by " + da().name() + " 100% controlled by " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				+ da().name() + " hosted on government-cloud"); //$NON-NLS-1$
		List<String> members = new ArrayList<>(List.of(go().name(), da().name()));
		members.addAll(providers.subList(0, Math.min(providers.size(), 2 + random.nextInt(3))));
		text.line("body " + declare("LG") + " " + quote("数字政府建设领导小组") + " leading-group chair " + go().name() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ " rule hierarchical meets " + (2 + random.nextInt(5)) + " per year members " + list(members)); //$NON-NLS-1$ //$NON-NLS-2$
		decision("Strategy", "建设战略", "strategy", "final LG"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		decision("Budget", "预算", "budget", "final " + go().name(), "consulted " + departments.get(2).name()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		decision("SharingRules", "数据共享规则", "data-sharing-rules", "final " + da().name()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		decision("Architecture", "技术架构", "architecture", "final " + da().name()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		decision("Vendor", "供应商选择", "vendor", "final " + da().name()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (random.nextInt(10) < 7) {
			decision("Scenarios", "场景优先级", "scenario-priority", "final " + da().name()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		if (random.nextInt(10) < 6) {
			decision("Evaluation", "绩效评估", "evaluation", "final " + da().name(), "consulted " + main.name()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		}
	}

	/** County A's second phase: a joint meeting of five to eight departments decides most items by consensus. */
	private void network(LocalDate from) {
		List<String> agreements = agreements(from, "procurement", "Operate"); //$NON-NLS-1$ //$NON-NLS-2$
		Enterprise main = enterprises.get(0);
		Enterprise steward = enterprises.get(1);
		List<String> joint = lineDepartments(5 + random.nextInt(4));
		List<String> providers = lineDepartments(joint.size() + random.nextInt(6));
		text.line("role " + go().name() + " funder by administrative-document"); //$NON-NLS-1$ //$NON-NLS-2$
		text.line("role " + da().name() + " planner by administrative-document"); //$NON-NLS-1$ //$NON-NLS-2$
		text.line("role " + main.name() + " builder by contract under " + agreements.get(0)); //$NON-NLS-1$ //$NON-NLS-2$
		text.line("role " + main.name() + " operator by contract under " + agreements.get(0)); //$NON-NLS-1$ //$NON-NLS-2$
		text.line("role " + steward.name() + " data-steward by contract under " + agreements.get(1)); //$NON-NLS-1$ //$NON-NLS-2$
		for (int i = 2; i < enterprises.size(); i++) {
			String role = i == 2 ? "security-guardian" : i % 2 == 0 ? "service-deliverer" : "advisor"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			text.line("role " + enterprises.get(i).name() + " " + role + " by contract under " + agreements.get(i)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		dataProviders(providers);
		text.line("responsibility " + declare("Operations") + " " + quote("平台运维") + " category operation accountable " + da().name() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ " responsible " + main.name() + " enforced by contract"); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> quality = new ArrayList<>(List.of(steward.name()));
		quality.addAll(providers);
		text.line("responsibility " + declare("DataQuality") + " " + quote("数据质量治理") + " category data-quality accountable " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ da().name() + " responsible " + list(quality) + " enforced by performance-assessment"); //$NON-NLS-1$ //$NON-NLS-2$
		if (enterprises.size() > 2) {
			text.line("responsibility " + declare("Services") + " " + quote("专业服务") + " category service accountable " + da().name() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					+ " responsible " + list(enterpriseNames(2)) + " enforced by contract"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		pool("Fees", "建设运营与服务费用", enterpriseNames(0), "service-purchase"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		pool("Savings", "共享带来的成本节约", joint.subList(0, 4), "cost-saving"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		text.line("asset " + declare("PlatformIP") + " " + quote("平台知识产权") + " platform-ip owned by " + da().name() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ " 100% controlled by " + da().name() + " hosted on government-cloud exit-clause"); //$NON-NLS-1$ //$NON-NLS-2$
		text.line("asset " + declare("Cloud") + " " + quote("政务云资源") + " infrastructure owned by " + da().name() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ " 100% controlled by " + main.name() + " hosted on government-cloud exit-clause"); //$NON-NLS-1$ //$NON-NLS-2$
		text.line("body " + declare("LG") + " " + quote("数字政府建设领导小组") + " leading-group chair " + go().name() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ " rule hierarchical meets 4 per year members " + go().name() + ", " + da().name()); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> meeting = new ArrayList<>(List.of(da().name()));
		meeting.addAll(joint);
		text.line("body " + declare("JM") + " " + quote("政务数据共享联席会议") + " joint-meeting chair " + da().name() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ " rule consensus meets " + (6 + random.nextInt(7)) + " per year members " + list(meeting)); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> centre = new ArrayList<>(List.of(da().name()));
		centre.addAll(enterpriseNames(0).subList(0, Math.min(3, enterprises.size())));
		text.line("body " + declare("OC") + " " + quote("平台运营中心") + " operations-centre chair " + da().name() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ " rule majority meets 24 per year members " + list(centre)); //$NON-NLS-1$
		decision("Strategy", "平台发展战略", "strategy", "final LG"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		decision("Budget", "年度预算", "budget", "final " + go().name(), "consulted " + departments.get(2).name()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		decision("Vendor", "供应商选择", "vendor", "final JM"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		decision("Architecture", "架构与标准", "architecture", "final OC", "propose " + main.name()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		decision("SharingRules", "数据共享规则", "data-sharing-rules", "final JM", "propose " + da().name()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		decision("Scenarios", "场景优先级", "scenario-priority", "final JM"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		decision("Evaluation", "绩效评估", "evaluation", "final JM"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		decision("CommercialUse", "数据商业化利用", "commercial-data-use", "final JM"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** County C's shape: one firm holds the concession, chairs the operations centre and evaluates itself. */
	private void enterpriseLed(LocalDate from) {
		List<String> agreements = agreements(from, "concession", "Concession"); //$NON-NLS-1$ //$NON-NLS-2$
		Enterprise main = enterprises.get(0);
		List<String> providers = lineDepartments(1 + random.nextInt(3));
		text.line("role " + go().name() + " initiator by administrative-document"); //$NON-NLS-1$ //$NON-NLS-2$
		for (String role : new String[] { "builder", "operator", "data-steward", "evaluator" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			text.line("role " + main.name() + " " + role + " by contract under " + agreements.get(0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		specialistRoles(agreements, "security-guardian"); //$NON-NLS-1$
		dataProviders(providers);
		text.line("role " + da().name() + " data-user by administrative-document"); //$NON-NLS-1$ //$NON-NLS-2$
		text.line("responsibility " + declare("Operations") + " " + quote("平台运营") + " category operation accountable " + main.name() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ " responsible " + main.name() + " enforced by contract"); //$NON-NLS-1$ //$NON-NLS-2$
		text.line("responsibility " + declare("DataSharing") + " " + quote("部门数据共享") + " category data-sharing accountable " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ da().name() + " responsible " + list(providers)); //$NON-NLS-1$
		specialistResponsibility(main.name());
		pool("ConcessionIncome", "特许经营收入", List.of(main.name()), "concession-fee"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (enterprises.size() > 1) {
			pool("ServiceFees", "服务费用", enterpriseNames(1), "service-purchase"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		text.line("asset " + declare("PlatformIP") + " " + quote("平台知识产权") + " platform-ip owned by " + main.name() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ " 100% controlled by " + main.name() + " hosted on enterprise-cloud"); //$NON-NLS-1$ //$NON-NLS-2$
		text.line("asset " + declare("Infrastructure") + " " + quote("平台基础设施") + " infrastructure owned by " + main.name() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ " 100% controlled by " + main.name() + " hosted on enterprise-cloud"); //$NON-NLS-1$ //$NON-NLS-2$
		text.line("asset " + declare("Data") + " " + quote("政务数据") + " government-data owned by " + go().name() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ " 100% controlled by " + main.name() + " hosted on enterprise-cloud"); //$NON-NLS-1$ //$NON-NLS-2$
		text.line("body " + declare("OC") + " " + quote("平台运营中心") + " operations-centre chair " + main.name() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ " rule hierarchical meets 12 per year members " + main.name() + ", " + da().name() + ", " + providers.get(0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		text.line("body " + declare("TF") + " " + quote("数字化工作专班") + " task-force chair " + go().name() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ " rule hierarchical meets " + (1 + random.nextInt(4)) + " per year members " + go().name() + ", " + providers.get(0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		decision("Strategy", "发展战略", "strategy", "final " + go().name()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		decision("Budget", "财政预算", "budget", "final " + go().name()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		decision("SharingRules", "数据共享规则", "data-sharing-rules", "final OC"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		decision("Architecture", "技术架构", "architecture", "final OC"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		decision("Vendor", "服务商选择", "vendor", "final OC"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		decision("Scenarios", "场景优先级", "scenario-priority", "final OC"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		decision("Evaluation", "绩效评估", "evaluation", "final " + main.name()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** District B's shape: a joint-venture board of the data authority and one firm, IP co-owned 51/49. */
	private void coCreation(LocalDate from) {
		List<String> agreements = agreements(from, "jv-articles", "JV"); //$NON-NLS-1$ //$NON-NLS-2$
		Enterprise main = enterprises.get(0);
		List<String> providers = lineDepartments(2 + random.nextInt(5));
		text.line("role " + da().name() + " initiator by administrative-document"); //$NON-NLS-1$ //$NON-NLS-2$
		text.line("role " + da().name() + " co-investor by contract under " + agreements.get(0)); //$NON-NLS-1$ //$NON-NLS-2$
		for (String role : new String[] { "co-investor", "builder", "operator" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			text.line("role " + main.name() + " " + role + " by contract under " + agreements.get(0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		specialistRoles(agreements, "security-guardian", "data-steward", "advisor"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		dataProviders(providers);
		text.line("responsibility " + declare("Operations") + " " + quote("平台运营") + " category operation accountable " + main.name() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ " responsible " + main.name() + " enforced by contract"); //$NON-NLS-1$ //$NON-NLS-2$
		text.line("responsibility " + declare("DataQuality") + " " + quote("数据质量") + " category data-quality accountable " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ da().name() + " responsible " + list(providers) + " enforced by performance-assessment"); //$NON-NLS-1$ //$NON-NLS-2$
		specialistResponsibility(da().name());
		int firm = 30 + random.nextInt(21);
		text.open("benefit " + declare("Revenue") + " " + quote("数据产品收入")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		text.line(main.name() + " " + percent(firm) + " revenue-share"); //$NON-NLS-1$ //$NON-NLS-2$
		text.line(da().name() + " " + percent(100 - firm) + " revenue-share"); //$NON-NLS-1$ //$NON-NLS-2$
		text.close();
		text.open("benefit " + declare("Dividend") + " " + quote("合资公司分红")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		text.line(main.name() + " 49% equity-dividend"); //$NON-NLS-1$
		text.line(da().name() + " 51% equity-dividend"); //$NON-NLS-1$
		text.close();
		if (enterprises.size() > 1) {
			pool("ServiceFees", "专业服务费", enterpriseNames(1), "service-purchase"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		text.line("asset " + declare("PlatformIP") + " " + quote("平台知识产权") + " platform-ip owned by " + da().name() + " 51%, " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				+ main.name() + " 49% controlled by " + main.name() + " hosted on hybrid-cloud exit-clause"); //$NON-NLS-1$ //$NON-NLS-2$
		text.line("asset " + declare("Data") + " " + quote("政务数据") + " government-data owned by " + da().name() + " 100% controlled by " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				+ da().name() + " hosted on government-cloud"); //$NON-NLS-1$
		text.line("body " + declare("Board") + " " + quote("合资公司董事会") + " jv-board chair " + da().name() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ " rule majority meets " + (4 + random.nextInt(5)) + " per year members " + da().name() + " weight 0.51, " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ main.name() + " weight 0.49"); //$NON-NLS-1$
		decision("Strategy", "发展战略", "strategy", "final Board"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		decision("Architecture", "技术架构", "architecture", "final Board"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		decision("Scenarios", "场景优先级", "scenario-priority", "final Board"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		decision("Evaluation", "绩效评估", "evaluation", "final Board"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		decision("CommercialUse", "数据商业化利用", "commercial-data-use", "final Board", "consulted " + providers.get(0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		decision("SharingRules", "数据共享规则", "data-sharing-rules", "final " + da().name()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		decision("Budget", "财政预算", "budget", "final " + go().name()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
