/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.metrics;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.cogov.model.DecisionItem;
import org.cogov.model.DepartmentKind;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.PlatformCase;
import org.cogov.model.Responsibility;
import org.cogov.model.StructurePhase;

/**
 * The inter-departmental collaboration metrics of a phase (domain design, section 4). The network formulas are
 * standard; the composite IDCI = mean(density, reach, 1 - isolate share, reciprocity, DII) is ours and is always
 * reported with its parts ({@link #idciParts()}).
 *
 * @param departments           n, the number of the case's departments
 * @param ties                  |T|, dyads with at least one counted link
 * @param density               |T| / (n(n-1)/2), 0 when n &lt; 2
 * @param centralisation        Freeman degree centralisation sum(d_max - d_i) / ((n-1)(n-2)), 0 when n &lt; 3
 * @param reach                 share of departments with a platform-mediated link
 * @param isolateShare          share of departments without links
 * @param reciprocity           mutual data dyads / dyads with a data link, 0 without data dyads
 * @param lateralShare          ties not involving any data authority / |T|, 0 without ties
 * @param multiplexity          mean number of distinct link kinds per tie, 0 without ties
 * @param dii                   decision inclusiveness
 * @param responsibilityClarity share of responsibilities with exactly one accountable actor, 0 without any
 * @param idci                  the composite index
 */
public record CollaborationMetrics(int departments, int ties, double density, double centralisation, double reach,
		double isolateShare, double reciprocity, double lateralShare, double multiplexity, double dii,
		double responsibilityClarity, double idci) {

	/** Computes the metrics of a phase of a case. */
	public static CollaborationMetrics of(PlatformCase platformCase, StructurePhase phase,
			ToDoubleFunction<DecisionItem> itemWeight) {
		CollaborationNetwork network = CollaborationNetwork.of(platformCase, phase);
		DecisionInclusiveness dii = DecisionInclusiveness.of(phase, network.departments(), itemWeight);
		return of(network, dii.value(), clarity(phase.getResponsibilities()));
	}

	/** Combines a network, a DII and a responsibility clarity into the metrics. */
	public static CollaborationMetrics of(CollaborationNetwork network, double dii, double responsibilityClarity) {
		List<GovernmentDepartment> d = network.departments();
		int n = d.size();
		int t = network.dyads().size();
		double density = n < 2 ? 0 : t / (n * (n - 1) / 2.0);
		double centralisation = 0;
		if (n >= 3) {
			int max = d.stream().mapToInt(network::degree).max().orElse(0);
			double sum = d.stream().mapToInt(department -> max - network.degree(department)).sum();
			centralisation = sum / ((n - 1.0) * (n - 2.0));
		}
		double reach = n == 0 ? 0 : network.platformReached().size() / (double) n;
		double isolateShare = n == 0 ? 0 : network.isolates().size() / (double) n;
		int dataDyads = network.dataDyads().size();
		double reciprocity = dataDyads == 0 ? 0 : network.mutualDataDyads().size() / (double) dataDyads;
		long lateral = network.dyads().stream()
				.filter(dyad -> !isDataAuthority(dyad.first()) && !isDataAuthority(dyad.second())).count();
		double lateralShare = t == 0 ? 0 : lateral / (double) t;
		double multiplexity = t == 0 ? 0 : network.dyads().stream().mapToInt(dyad -> dyad.kinds().size()).sum() / (double) t;
		double idci = (density + reach + (1 - isolateShare) + reciprocity + dii) / 5;
		return new CollaborationMetrics(n, t, density, centralisation, reach, isolateShare, reciprocity, lateralShare,
				multiplexity, dii, responsibilityClarity, idci);
	}

	private static boolean isDataAuthority(GovernmentDepartment department) {
		return department.getKind() == DepartmentKind.DATA_AUTHORITY;
	}

	/** Share of responsibilities with exactly one accountable actor; 0 when there are none. */
	public static double clarity(List<Responsibility> responsibilities) {
		if (responsibilities.isEmpty()) {
			return 0;
		}
		long clear = responsibilities.stream().filter(r -> r.getAccountable().size() == 1).count();
		return clear / (double) responsibilities.size();
	}

	/** The five parts of IDCI as they enter the mean: density, reach, 1 - isolate share, reciprocity, DII. */
	public Map<Metric, Double> idciParts() {
		Map<Metric, Double> parts = new EnumMap<>(Metric.class);
		parts.put(Metric.DENSITY, density);
		parts.put(Metric.REACH, reach);
		parts.put(Metric.ISOLATE_SHARE, 1 - isolateShare);
		parts.put(Metric.RECIPROCITY, reciprocity);
		parts.put(Metric.DII, dii);
		return parts;
	}
}
