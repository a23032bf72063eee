/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The departments and enterprises of one synthetic county, shaped like a Chinese county government: the data
 * authority and the government office always, then the line bureaus a county usually has, then smaller offices,
 * then townships; enterprises from central SOEs to small local firms.
 */
final class CountyActors {

	/** A government department: DSL name, Chinese label, department kind word and administrative line word. */
	record Department(String name, String label, String kind, String line) {
	}

	/** An enterprise: DSL name, Chinese label, ownership, scale, whether local, capabilities (DSL words). */
	record Enterprise(String name, String label, String ownership, String scale, boolean local, List<String> capabilities) {
	}

	/** Bureaus in the order a county is likely to have them; vertically managed ones are marked. */
	private static final String[][] BUREAUS = { { "DA", "大数据局", "data-authority", "local" },
			{ "GO", "县政府办公室", "government-office", "local" }, { "FI", "财政局", "finance", "local" },
			{ "PS", "公安局", "public-security", "vertical" }, { "HR", "人社局", "human-resources", "local" },
			{ "HE", "卫健局", "health", "local" }, { "CA", "民政局", "civil-affairs", "local" },
			{ "MR", "市场监管局", "market-regulation", "local" }, { "DR", "发展改革局", "development-reform", "local" },
			{ "ED", "教育局", "education", "local" }, { "NR", "自然资源局", "natural-resources", "local" },
			{ "AG", "农业农村局", "agriculture", "local" }, { "EM", "应急管理局", "emergency", "local" },
			{ "TX", "税务局", "taxation", "vertical" }, { "EC", "生态环境局", "ecology", "vertical" },
			{ "TR", "交通运输局", "transport", "local" }, { "HO", "住建局", "housing", "local" } };

	/** Smaller offices, all of kind other-department. */
	private static final String[] OFFICES = { "统计局", "审计局", "司法局", "文旅局", "水利局", "商务局", "医保局", "林业局", "信访局",
			"退役军人事务局", "机关事务中心", "档案馆", "科技局", "工信局", "行政审批局", "人防办", "乡村振兴局", "体育中心" };

	/** Characters of township names; two of them and a suffix make names like 东山镇 or 清河乡. */
	private static final String TOWN_CHARACTERS = "东西南北中新平安永兴和长青石金龙清河山桥城关"; //$NON-NLS-1$
	private static final String[] TOWN_SUFFIXES = { "镇", "乡", "街道" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** Enterprise templates: label, ownership, scale, local, capabilities. */
	private static final String[][] FIRMS = { { "某央企数字科技公司", "central-soe", "large", "", "cloud, integration, operations" },
			{ "本地数据服务公司", "private", "small", "local", "data-governance, analytics" },
			{ "网络安全公司", "private", "medium", "", "security" },
			{ "城投数字产业公司", "local-soe", "medium", "local", "operations, integration" },
			{ "云计算服务公司", "private", "large", "", "cloud" },
			{ "软件开发公司", "private", "small", "local", "software" },
			{ "数据运营合资公司", "government-enterprise-jv", "medium", "local", "operations, data-governance" },
			{ "咨询规划公司", "mixed", "small", "", "consulting" } };

	private CountyActors() {
	}

	/** The first n departments of a county: bureaus, then offices, then townships for the rest. */
	static List<Department> departments(int n, Random random) {
		List<Department> result = new ArrayList<>();
		for (int i = 0; i < n && i < BUREAUS.length; i++) {
			String[] b = BUREAUS[i];
			result.add(new Department(b[0], b[1], b[2], b[3]));
		}
		for (int i = 0; result.size() < n && i < OFFICES.length; i++) {
			result.add(new Department(String.format(Locale.ROOT, "OF%02d", i + 1), OFFICES[i], "other-department", "local")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		for (int i = 1; result.size() < n; i++) {
			String label = "" + TOWN_CHARACTERS.charAt(random.nextInt(TOWN_CHARACTERS.length())) //$NON-NLS-1$
					+ TOWN_CHARACTERS.charAt(random.nextInt(TOWN_CHARACTERS.length()))
					+ TOWN_SUFFIXES[random.nextInt(TOWN_SUFFIXES.length)];
			result.add(new Department(String.format(Locale.ROOT, "TW%02d", i), label, "township", "local")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return result;
	}

	/** n enterprises; the first is the main partner (builder or co-investor), the others specialists. */
	static List<Enterprise> enterprises(int n, Random random) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < FIRMS.length; i++) {
			order.add(i);
		}
		// the main partner is a large or medium firm; specialists come in any order
		int main = random.nextInt(4) == 0 ? 3 : random.nextBoolean() ? 0 : 4;
		order.remove(Integer.valueOf(main));
		java.util.Collections.shuffle(order, random);
		order.add(0, main);
		List<Enterprise> result = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			String[] f = FIRMS[order.get(i)];
			result.add(new Enterprise("EN" + (i + 1), f[0], f[1], f[2], !f[3].isEmpty(), List.of(f[4].split(", ")))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return result;
	}
}
