/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cogov.model.CogovPackage.Literals;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * All validation rules, in ID order. Other bundles build preference pages, documentation and quick fixes from
 * this list; tests refer to the constants. The numbering is fixed: a retired rule keeps its number unused.
 */
public final class RuleCatalog {

	private static final Map<String, Rule> RULES = new LinkedHashMap<>();

	private static Rule error(int number, EClass target, String key) {
		return add(new Rule(String.format("COGOV-E%02d", number), RuleCategory.ERROR, target, key)); //$NON-NLS-1$
	}

	private static Rule warning(int number, EClass target, String key) {
		return add(new Rule(String.format("COGOV-W%02d", number), RuleCategory.WARNING, target, key)); //$NON-NLS-1$
	}

	private static Rule risk(int number, EClass target, String key) {
		return add(new Rule(String.format("COGOV-R%02d", number), RuleCategory.RISK, target, key)); //$NON-NLS-1$
	}

	private static Rule add(Rule rule) {
		RULES.put(rule.getId(), rule);
		return rule;
	}

	public static final Rule E01_ACCOUNTABLE_ACTOR = error(1, Literals.RESPONSIBILITY, "AccountableActor"); //$NON-NLS-1$
	public static final Rule E02_FINAL_HOLDER = error(2, Literals.DECISION_ITEM, "FinalHolder"); //$NON-NLS-1$
	public static final Rule E03_BODY_MEMBERS = error(3, Literals.DECISION_BODY, "BodyMembers"); //$NON-NLS-1$
	public static final Rule E04_VOTING_MEMBER = error(4, Literals.DECISION_BODY, "VotingMember"); //$NON-NLS-1$
	public static final Rule E05_CHAIR_MEMBER = error(5, Literals.DECISION_BODY, "ChairMember"); //$NON-NLS-1$
	public static final Rule E06_BENEFIT_SHARES_SUM = error(6, Literals.BENEFIT_POOL, "BenefitSharesSum"); //$NON-NLS-1$
	public static final Rule E07_OWNERSHIP_SHARES_SUM = error(7, Literals.ASSET, "OwnershipSharesSum"); //$NON-NLS-1$
	public static final Rule E08_SELF_LOOP = error(8, Literals.COLLABORATION_LINK, "SelfLoop"); //$NON-NLS-1$
	public static final Rule E09_LINK_ENDPOINT = error(9, Literals.COLLABORATION_LINK, "LinkEndpoint"); //$NON-NLS-1$
	public static final Rule E10_MECHANISM_EVIDENCE = error(10, Literals.MECHANISM, "MechanismEvidence"); //$NON-NLS-1$
	public static final Rule E11_FACTOR_EFFECT_EVIDENCE = error(11, Literals.FACTOR_EFFECT, "FactorEffectEvidence"); //$NON-NLS-1$
	public static final Rule E12_DIFFICULTY_EVIDENCE = error(12, Literals.DIFFICULTY, "DifficultyEvidence"); //$NON-NLS-1$
	public static final Rule E13_CAUSAL_CLAIM_EVIDENCE = error(13, Literals.CAUSAL_CLAIM, "CausalClaimEvidence"); //$NON-NLS-1$
	public static final Rule E14_CAUSE_AFTER_EFFECT = error(14, Literals.CAUSAL_CLAIM, "CauseAfterEffect"); //$NON-NLS-1$
	public static final Rule E15_PHASE_OVERLAP = error(15, Literals.STRUCTURE_PHASE, "PhaseOverlap"); //$NON-NLS-1$
	public static final Rule E16_INTERVIEWEE_ANONYMITY = error(16, Literals.INTERVIEWEE, "IntervieweeAnonymity"); //$NON-NLS-1$
	public static final Rule E17_UNIQUE_NAME = error(17, Literals.NAMED_ELEMENT, "UniqueName"); //$NON-NLS-1$
	public static final Rule E18_VALUE_RANGE = error(18, EcorePackage.Literals.EOBJECT, "ValueRange"); //$NON-NLS-1$
	public static final Rule E19_CIRCULAR_CHAIN = error(19, EcorePackage.Literals.EOBJECT, "CircularChain"); //$NON-NLS-1$

	public static final Rule W01_ISOLATED_DEPARTMENT = warning(1, Literals.GOVERNMENT_DEPARTMENT, "IsolatedDepartment"); //$NON-NLS-1$
	public static final Rule W02_NO_DATA_AUTHORITY = warning(2, Literals.PLATFORM_CASE, "NoDataAuthority"); //$NON-NLS-1$
	public static final Rule W03_DATA_AUTHORITY_SCOPE = warning(3, Literals.GOVERNMENT_DEPARTMENT, "DataAuthorityScope"); //$NON-NLS-1$
	public static final Rule W04_FACTOR_DIMENSIONS = warning(4, Literals.PLATFORM_CASE, "FactorDimensions"); //$NON-NLS-1$
	public static final Rule W05_DIFFICULTY_RESOLUTION = warning(5, Literals.DIFFICULTY, "DifficultyResolution"); //$NON-NLS-1$
	public static final Rule W06_ONE_SIDED_EVIDENCE = warning(6, Literals.MECHANISM, "OneSidedEvidence"); //$NON-NLS-1$
	public static final Rule W07_STRAW_IN_THE_WIND = warning(7, Literals.CAUSAL_CLAIM, "StrawInTheWind"); //$NON-NLS-1$
	public static final Rule W08_PAPER_BODY = warning(8, Literals.DECISION_BODY, "PaperBody"); //$NON-NLS-1$
	public static final Rule W09_ONE_WAY_SHARING = warning(9, Literals.COLLABORATION_LINK, "OneWaySharing"); //$NON-NLS-1$
	public static final Rule W10_ENTERPRISE_ROLE_AGREEMENT = warning(10, Literals.ROLE_ASSIGNMENT, "EnterpriseRoleAgreement"); //$NON-NLS-1$
	public static final Rule W11_INTERVIEWEES_PER_SIDE = warning(11, Literals.STUDY, "IntervieweesPerSide"); //$NON-NLS-1$
	public static final Rule W12_BENEFIT_WITHOUT_RESPONSIBILITY = warning(12, Literals.BENEFIT_SHARE, "BenefitWithoutResponsibility"); //$NON-NLS-1$
	public static final Rule W13_DECLARED_TYPE = warning(13, Literals.STRUCTURE_PHASE, "DeclaredType"); //$NON-NLS-1$
	public static final Rule W14_BORDERLINE_TYPE = warning(14, Literals.STRUCTURE_PHASE, "BorderlineType"); //$NON-NLS-1$

	public static final Rule R01_ENTERPRISE_DATA_AUTHORITY = risk(1, Literals.DECISION_ITEM, "EnterpriseDataAuthority"); //$NON-NLS-1$
	public static final Rule R02_ENTERPRISE_OWNS_GOVERNMENT_DATA = risk(2, Literals.ASSET, "EnterpriseOwnsGovernmentData"); //$NON-NLS-1$
	public static final Rule R03_SELF_EVALUATION = risk(3, Literals.STRUCTURE_PHASE, "SelfEvaluation"); //$NON-NLS-1$
	public static final Rule R04_LOCK_IN = risk(4, Literals.ASSET, "LockIn"); //$NON-NLS-1$

	private RuleCatalog() {
	}

	/** All rules in ID order: errors, warnings, risks. */
	public static List<Rule> all() {
		return List.copyOf(RULES.values());
	}

	/** The rule with an ID such as "COGOV-W01", or null. */
	public static Rule byId(String id) {
		return RULES.get(id);
	}
}
