/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.classification;

import java.util.ArrayList;
import java.util.List;

import org.cogov.analysis.shares.DecisionShares;
import org.cogov.model.StructurePhase;
import org.cogov.model.StructureType;

/**
 * Assigns a phase one of the thesis' four structure types by rules checked in order, the first match winning
 * (domain design, section 3; thresholds from {@link ClassificationParameters}, our operationalisation):
 * <ol>
 * <li>ENTERPRISE_LED: E &gt;= 0.50, or the lead is an enterprise with smax &gt;= 0.35 and entIP or market;</li>
 * <li>GOVERNMENT_LED: G &gt;= 0.75, a governmental lead with smax &gt;= 0.50, no market benefit, and no enterprise
 * holding FINAL or VETO authority;</li>
 * <li>CO_CREATION: E &gt;= 0.25, at most 2 core enterprises, jointInv, market and wJoint &gt;= 0.5;</li>
 * <li>NETWORK: nDec &gt;= 5, smax &lt;= 0.35, HHI* &lt;= 0.20, nEntP &gt;= 2 and a hub;</li>
 * <li>otherwise HYBRID, with the nearest type and its failed conditions.</li>
 * </ol>
 */
public final class StructureClassifier {

	private StructureClassifier() {
	}

	/** Computes shares and features of a phase and classifies it. */
	public static Classification classify(StructurePhase phase, ClassificationParameters parameters) {
		DecisionShares shares = DecisionShares.of(phase, parameters::weightOf);
		return classify(StructureFeatures.of(phase, shares, parameters), parameters);
	}

	/** Classifies a phase from its features. */
	public static Classification classify(StructureFeatures f, ClassificationParameters p) {
		List<TypeCheck> all = List.of(
				new TypeCheck(StructureType.ENTERPRISE_LED, List.of(
						List.of(Condition.of(Feature.E, Comparison.AT_LEAST, p.getEnterpriseLedMinE(), f)),
						List.of(Condition.of(Feature.LEAD_ENTERPRISE, Comparison.IS_TRUE, 1, f),
								Condition.of(Feature.SMAX, Comparison.AT_LEAST, p.getEnterpriseLedMinSmax(), f),
								Condition.anyOf(f, Feature.ENT_IP, Feature.MARKET)))),
				new TypeCheck(StructureType.GOVERNMENT_LED, List.of(List.of(
						Condition.of(Feature.G, Comparison.AT_LEAST, p.getGovernmentLedMinG(), f),
						Condition.of(Feature.LEAD_GOVERNMENTAL, Comparison.IS_TRUE, 1, f),
						Condition.of(Feature.SMAX, Comparison.AT_LEAST, p.getGovernmentLedMinSmax(), f),
						Condition.of(Feature.MARKET, Comparison.IS_FALSE, 0, f),
						Condition.of(Feature.ENTERPRISE_FINAL, Comparison.IS_FALSE, 0, f)))),
				new TypeCheck(StructureType.CO_CREATION, List.of(List.of(
						Condition.of(Feature.E, Comparison.AT_LEAST, p.getCoCreationMinE(), f),
						Condition.of(Feature.CORE_ENTERPRISES, Comparison.AT_MOST, p.getCoCreationMaxCoreEnterprises(), f),
						Condition.of(Feature.JOINT_INV, Comparison.IS_TRUE, 1, f),
						Condition.of(Feature.MARKET, Comparison.IS_TRUE, 1, f),
						Condition.of(Feature.W_JOINT, Comparison.AT_LEAST, p.getCoCreationMinWJoint(), f)))),
				new TypeCheck(StructureType.NETWORK, List.of(List.of(
						Condition.of(Feature.N_DEC, Comparison.AT_LEAST, p.getNetworkMinNDec(), f),
						Condition.of(Feature.SMAX, Comparison.AT_MOST, p.getNetworkMaxSmax(), f),
						Condition.of(Feature.HHI, Comparison.AT_MOST, p.getNetworkMaxHhi(), f),
						Condition.of(Feature.N_ENT_P, Comparison.AT_LEAST, p.getNetworkMinNEntP(), f),
						Condition.of(Feature.HUB, Comparison.IS_TRUE, 1, f)))));
		List<TypeCheck> checked = new ArrayList<>();
		TypeCheck match = null;
		for (TypeCheck check : all) {
			checked.add(check);
			if (check.matches()) {
				match = check;
				break;
			}
		}
		StructureType type = match == null ? StructureType.HYBRID : match.type();
		StructureType nearest = match == null ? nearest(all) : type;
		List<Borderline> borderlines = borderlines(checked, match, p.getBorderlineMargin());
		return new Classification(type, nearest, new Explanation(f, checked, borderlines, f.shares().notes()));
	}

	/** The type with most conditions met; ties by the smallest total shortfall, then by rule order. */
	private static StructureType nearest(List<TypeCheck> checks) {
		TypeCheck best = checks.get(0);
		for (TypeCheck check : checks) {
			if (check.metCount() > best.metCount()
					|| check.metCount() == best.metCount() && check.shortfall() < best.shortfall() - 1e-12) {
				best = check;
			}
		}
		return best.type();
	}

	/**
	 * Deciding numeric features near their thresholds: the met conditions of the matching alternative, and the
	 * conditions of earlier types that failed by less than the margin.
	 */
	private static List<Borderline> borderlines(List<TypeCheck> checked, TypeCheck match, double margin) {
		List<Borderline> borderlines = new ArrayList<>();
		for (TypeCheck check : checked) {
			if (check == match) {
				List<Condition> alternative = check.alternatives().stream()
						.filter(a -> a.stream().allMatch(Condition::met)).findFirst().orElseThrow();
				for (Condition condition : alternative) {
					if (condition.isNumeric() && condition.distance() <= margin + 1e-9) {
						borderlines.add(new Borderline(check.type(), condition, margin));
					}
				}
			} else {
				for (Condition condition : check.conditions()) {
					if (condition.isNumeric() && !condition.met() && condition.distance() < margin) {
						borderlines.add(new Borderline(check.type(), condition, margin));
					}
				}
			}
		}
		return borderlines;
	}
}
