/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.classification;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cogov.analysis.SettingsException;
import org.cogov.analysis.SettingsFile;
import org.cogov.model.BenefitType;
import org.cogov.model.DecisionDomain;
import org.cogov.model.DecisionItem;
import org.cogov.model.RoleKind;

/**
 * Every threshold and weight used to compute decision shares, structure features, the structure type and the
 * governance-risk rules. <b>These numbers are our operationalisation of the thesis</b> (Zhang Yangyang, Tsinghua
 * University 2024), not values taken from it: the thesis names the four structure types and what distinguishes
 * them; the cut-off points here are the CoGov team's reading and a researcher may change every one of them.
 * <p>
 * A study overrides them in a file {@value #FILE_NAME} next to its model files, one {@code key = value} per line
 * (keys as listed by {@link #keys()}; lists are enum literals separated by commas). {@link #describe()} writes the
 * complete file with the current values.
 */
public final class ClassificationParameters {

	/** Name of the per-study parameters file. */
	public static final String FILE_NAME = "cogov-params.properties"; //$NON-NLS-1$
	/** Key of the validation context map entry that supplies parameters instead of the file. */
	public static final String CONTEXT_KEY = "org.cogov.analysis.classification.parameters"; //$NON-NLS-1$

	private double nDecMinShare = 0.05;
	private double borderlineMargin = 0.05;
	private double defaultItemWeight = 1;
	private double heavyItemWeight = 2;
	private Set<DecisionDomain> heavyDomains = EnumSet.of(DecisionDomain.STRATEGY, DecisionDomain.DATA_SHARING_RULES,
			DecisionDomain.COMMERCIAL_DATA_USE);
	private Set<DecisionDomain> dataDomains = EnumSet.of(DecisionDomain.DATA_SHARING_RULES, DecisionDomain.COMMERCIAL_DATA_USE);
	private Set<RoleKind> nEntPRoles = EnumSet.of(RoleKind.BUILDER, RoleKind.OPERATOR, RoleKind.CO_INVESTOR,
			RoleKind.DATA_STEWARD, RoleKind.DATA_PROVIDER, RoleKind.SECURITY_GUARDIAN);
	private Set<RoleKind> coreEnterpriseRoles = EnumSet.of(RoleKind.BUILDER, RoleKind.OPERATOR, RoleKind.CO_INVESTOR);
	private Set<BenefitType> marketBenefitTypes = EnumSet.of(BenefitType.REVENUE_SHARE, BenefitType.EQUITY_DIVIDEND,
			BenefitType.CONCESSION_FEE, BenefitType.DATA_PRODUCT_RIGHTS);
	private double entIpMinShare = 0.9;
	private int jointBodyMaxVotingMembers = 4;
	private int hubMinMembers = 5;
	private int hubMinMeetingsPerYear = 6;
	private int hubMinCentreDepartments = 3;
	private double enterpriseLedMinE = 0.50;
	private double enterpriseLedMinSmax = 0.35;
	private double governmentLedMinG = 0.75;
	private double governmentLedMinSmax = 0.50;
	private double coCreationMinE = 0.25;
	private int coCreationMaxCoreEnterprises = 2;
	private double coCreationMinWJoint = 0.5;
	private int networkMinNDec = 5;
	private double networkMaxSmax = 0.35;
	private double networkMaxHhi = 0.20;
	private int networkMinNEntP = 2;
	private double riskEnterpriseDataAuthority = 0.5;

	private record Parameter(String description, Function<ClassificationParameters, Object> getter,
			BiConsumer<ClassificationParameters, String> setter) {
	}

	private static final Map<String, Parameter> PARAMETERS = new LinkedHashMap<>();

	private static void define(String key, String description, Function<ClassificationParameters, Object> getter,
			BiConsumer<ClassificationParameters, String> setter) {
		PARAMETERS.put(key, new Parameter(description, getter, setter));
	}

	static {
		define("itemWeight.default", "weight of a decision item without its own weight", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.defaultItemWeight, (p, v) -> p.defaultItemWeight = positive(v));
		define("itemWeight.heavy", "weight of an item of a heavy domain without its own weight", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.heavyItemWeight, (p, v) -> p.heavyItemWeight = positive(v));
		define("itemWeight.heavyDomains", "domains weighted as heavy", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.heavyDomains, (p, v) -> p.heavyDomains = literals(v, DecisionDomain.class));
		define("dataDomains", "domains that count as data items (rule COGOV-R01)", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.dataDomains, (p, v) -> p.dataDomains = literals(v, DecisionDomain.class));
		define("nDec.minShare", "share an actor needs to count in nDec and as a core enterprise", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.nDecMinShare, (p, v) -> p.nDecMinShare = fraction(v));
		define("nEntP.roles", "roles that make an enterprise count in nEntP", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.nEntPRoles, (p, v) -> p.nEntPRoles = literals(v, RoleKind.class));
		define("coreEnterprise.roles", "roles that make an enterprise a core enterprise", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.coreEnterpriseRoles, (p, v) -> p.coreEnterpriseRoles = literals(v, RoleKind.class));
		define("market.benefitTypes", "benefit types that make an enterprise's benefit a market benefit", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.marketBenefitTypes, (p, v) -> p.marketBenefitTypes = literals(v, BenefitType.class));
		define("entIP.minShare", "share of platform IP an enterprise must own for entIP (and rule COGOV-R04)", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.entIpMinShare, (p, v) -> p.entIpMinShare = fraction(v));
		define("jointBody.maxVotingMembers", "largest number of voting members of a joint body counted in wJoint", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.jointBodyMaxVotingMembers, (p, v) -> p.jointBodyMaxVotingMembers = count(v));
		define("hub.minMembers", "members a body needs to be a hub", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.hubMinMembers, (p, v) -> p.hubMinMembers = count(v));
		define("hub.minMeetingsPerYear", "meetings a year a body needs to be a hub", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.hubMinMeetingsPerYear, (p, v) -> p.hubMinMeetingsPerYear = count(v));
		define("hub.minCentreDepartments", "department members an operations centre needs to be a hub", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.hubMinCentreDepartments, (p, v) -> p.hubMinCentreDepartments = count(v));
		define("enterpriseLed.minE", "E at or above which a phase is enterprise-led", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.enterpriseLedMinE, (p, v) -> p.enterpriseLedMinE = fraction(v));
		define("enterpriseLed.minSmax", "smax an enterprise lead needs (with entIP or market) to lead", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.enterpriseLedMinSmax, (p, v) -> p.enterpriseLedMinSmax = fraction(v));
		define("governmentLed.minG", "G a government-led phase needs", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.governmentLedMinG, (p, v) -> p.governmentLedMinG = fraction(v));
		define("governmentLed.minSmax", "smax the governmental lead of a government-led phase needs", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.governmentLedMinSmax, (p, v) -> p.governmentLedMinSmax = fraction(v));
		define("coCreation.minE", "E a co-creation phase needs", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.coCreationMinE, (p, v) -> p.coCreationMinE = fraction(v));
		define("coCreation.maxCoreEnterprises", "most core enterprises of a co-creation phase", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.coCreationMaxCoreEnterprises, (p, v) -> p.coCreationMaxCoreEnterprises = count(v));
		define("coCreation.minWJoint", "wJoint a co-creation phase needs", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.coCreationMinWJoint, (p, v) -> p.coCreationMinWJoint = fraction(v));
		define("network.minNDec", "nDec a network phase needs", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.networkMinNDec, (p, v) -> p.networkMinNDec = count(v));
		define("network.maxSmax", "largest smax of a network phase", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.networkMaxSmax, (p, v) -> p.networkMaxSmax = fraction(v));
		define("network.maxHhi", "largest normalised HHI* of a network phase", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.networkMaxHhi, (p, v) -> p.networkMaxHhi = fraction(v));
		define("network.minNEntP", "nEntP a network phase needs", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.networkMinNEntP, (p, v) -> p.networkMinNEntP = count(v));
		define("borderline.margin", "distance to a threshold within which a deciding feature is borderline", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.borderlineMargin, (p, v) -> p.borderlineMargin = fraction(v));
		define("risk.enterpriseDataAuthority", "part of the final authority over a data item at which an enterprise is a risk (COGOV-R01)", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.riskEnterpriseDataAuthority, (p, v) -> p.riskEnterpriseDataAuthority = fraction(v));
	}

	/** The parameters with the defaults of the design. */
	public ClassificationParameters() {
		// defaults are the field initialisers
	}

	/** The defaults. */
	public static ClassificationParameters defaults() {
		return new ClassificationParameters();
	}

	/** An independent copy. */
	public ClassificationParameters copy() {
		ClassificationParameters copy = new ClassificationParameters();
		PARAMETERS.forEach((key, p) -> p.setter().accept(copy, format(p.getter().apply(this))));
		return copy;
	}

	/** Reads a parameters file over the defaults; unknown keys and bad values name the file and line. */
	public static ClassificationParameters load(Path file) throws SettingsException {
		ClassificationParameters parameters = new ClassificationParameters();
		SettingsFile settings = SettingsFile.read(file);
		for (SettingsFile.Entry entry : settings.entries()) {
			Parameter parameter = PARAMETERS.get(entry.key());
			if (parameter == null) {
				throw settings.error(entry, "unknown parameter '" + entry.key() + "'; known parameters are " //$NON-NLS-1$ //$NON-NLS-2$
						+ String.join(", ", PARAMETERS.keySet())); //$NON-NLS-1$
			}
			try {
				parameter.setter().accept(parameters, entry.value());
			} catch (IllegalArgumentException e) {
				throw settings.error(entry, "'" + entry.key() + "' " + e.getMessage() + ", found '" + entry.value() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
		}
		return parameters;
	}

	/** Sets one parameter from its text form, as in the file; throws IllegalArgumentException for a bad key or value. */
	public ClassificationParameters set(String key, String value) {
		Parameter parameter = PARAMETERS.get(key);
		if (parameter == null) {
			throw new IllegalArgumentException("unknown parameter '" + key + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		parameter.setter().accept(this, value);
		return this;
	}

	/** The keys of all parameters, in file order. */
	public static Set<String> keys() {
		return Collections.unmodifiableSet(PARAMETERS.keySet());
	}

	/** The current value of a parameter in its text form. */
	public String get(String key) {
		Parameter parameter = PARAMETERS.get(key);
		if (parameter == null) {
			throw new IllegalArgumentException("unknown parameter '" + key + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return format(parameter.getter().apply(this));
	}

	/** A complete parameters file with a comment per parameter and the current values. */
	public String describe() {
		StringBuilder text = new StringBuilder("# CoGov classification parameters: our operationalisation of the thesis, not its values.\n"); //$NON-NLS-1$
		PARAMETERS.forEach((key, p) -> text.append("# ").append(p.description()).append('\n') //$NON-NLS-1$
				.append(key).append(" = ").append(format(p.getter().apply(this))).append('\n')); //$NON-NLS-1$
		return text.toString();
	}

	private static String format(Object value) {
		if (value instanceof Set<?> set) {
			return set.stream().map(String::valueOf).collect(Collectors.joining(", ")); //$NON-NLS-1$
		}
		return String.valueOf(value);
	}

	private static double number(String text) {
		try {
			double value = Double.parseDouble(text.strip());
			if (Double.isFinite(value)) {
				return value;
			}
		} catch (NumberFormatException e) {
			// reported below with the allowed form
		}
		throw new IllegalArgumentException("must be a number such as 0.35"); //$NON-NLS-1$
	}

	private static double fraction(String text) {
		double value = number(text);
		if (value < 0 || value > 1) {
			throw new IllegalArgumentException("must be a number between 0 and 1"); //$NON-NLS-1$
		}
		return value;
	}

	private static double positive(String text) {
		double value = number(text);
		if (value <= 0) {
			throw new IllegalArgumentException("must be a number greater than 0"); //$NON-NLS-1$
		}
		return value;
	}

	private static int count(String text) {
		try {
			int value = Integer.parseInt(text.strip());
			if (value >= 0) {
				return value;
			}
		} catch (NumberFormatException e) {
			// reported below with the allowed form
		}
		throw new IllegalArgumentException("must be a whole number of 0 or more"); //$NON-NLS-1$
	}

	private static <E extends Enum<E>> Set<E> literals(String text, Class<E> type) {
		Set<E> values = EnumSet.noneOf(type);
		for (String part : text.split(",")) { //$NON-NLS-1$
			String name = part.strip().toUpperCase(Locale.ROOT);
			if (name.isEmpty()) {
				continue;
			}
			try {
				values.add(Enum.valueOf(type, name));
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("must list values among " //$NON-NLS-1$
						+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) //$NON-NLS-1$
						+ " separated by commas"); //$NON-NLS-1$
			}
		}
		return values;
	}

	/** The weight of a decision item: its own weight when set, else the heavy or default weight of its domain. */
	public double weightOf(DecisionItem item) {
		if (item.isSetWeight()) {
			return item.getWeight();
		}
		return heavyDomains.contains(item.getDomain()) ? heavyItemWeight : defaultItemWeight;
	}

	/** Whether the item's domain is a data domain (data-sharing rules, commercial data use by default). */
	public boolean isDataItem(DecisionItem item) {
		return dataDomains.contains(item.getDomain());
	}

	// Typed read access for the analyses; changes go through set(key, value) so that code and files agree.
	public double getNDecMinShare() { return nDecMinShare; }
	public double getBorderlineMargin() { return borderlineMargin; }
	public double getDefaultItemWeight() { return defaultItemWeight; }
	public double getHeavyItemWeight() { return heavyItemWeight; }
	public Set<DecisionDomain> getHeavyDomains() { return Collections.unmodifiableSet(heavyDomains); }
	public Set<DecisionDomain> getDataDomains() { return Collections.unmodifiableSet(dataDomains); }
	public Set<RoleKind> getNEntPRoles() { return Collections.unmodifiableSet(nEntPRoles); }
	public Set<RoleKind> getCoreEnterpriseRoles() { return Collections.unmodifiableSet(coreEnterpriseRoles); }
	public Set<BenefitType> getMarketBenefitTypes() { return Collections.unmodifiableSet(marketBenefitTypes); }
	public double getEntIpMinShare() { return entIpMinShare; }
	public int getJointBodyMaxVotingMembers() { return jointBodyMaxVotingMembers; }
	public int getHubMinMembers() { return hubMinMembers; }
	public int getHubMinMeetingsPerYear() { return hubMinMeetingsPerYear; }
	public int getHubMinCentreDepartments() { return hubMinCentreDepartments; }
	public double getEnterpriseLedMinE() { return enterpriseLedMinE; }
	public double getEnterpriseLedMinSmax() { return enterpriseLedMinSmax; }
	public double getGovernmentLedMinG() { return governmentLedMinG; }
	public double getGovernmentLedMinSmax() { return governmentLedMinSmax; }
	public double getCoCreationMinE() { return coCreationMinE; }
	public int getCoCreationMaxCoreEnterprises() { return coCreationMaxCoreEnterprises; }
	public double getCoCreationMinWJoint() { return coCreationMinWJoint; }
	public int getNetworkMinNDec() { return networkMinNDec; }
	public double getNetworkMaxSmax() { return networkMaxSmax; }
	public double getNetworkMaxHhi() { return networkMaxHhi; }
	public int getNetworkMinNEntP() { return networkMinNEntP; }
	public double getRiskEnterpriseDataAuthority() { return riskEnterpriseDataAuthority; }
}
