/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * One value converter per data type rule of the CoGov grammar. A singleton, as Xtext's own converter service is:
 * registering the converters walks the whole grammar, which must not happen again for every file parsed.
 */
@Singleton
public class CogovValueConverters extends DefaultTerminalConverters {

	@Inject
	private DateConverter dateConverter;

	@Inject
	private ShareConverter shareConverter;

	@Inject
	private DecimalConverter decimalConverter;

	@Inject
	private WholeNumberConverter wholeNumberConverter;

	@Override
	@ValueConverter(rule = "INT")
	public IValueConverter<Integer> INT() {
		return wholeNumberConverter;
	}

	@Override
	@ValueConverter(rule = "org.eclipse.xtext.common.Terminals.INT")
	public IValueConverter<Integer> TerminalsINT() {
		return wholeNumberConverter;
	}

	@ValueConverter(rule = "Date")
	public IValueConverter<java.util.Date> date() {
		return dateConverter;
	}

	@ValueConverter(rule = "Share")
	public IValueConverter<Double> share() {
		return shareConverter;
	}

	@ValueConverter(rule = "Decimal")
	public IValueConverter<Double> decimal() {
		return decimalConverter;
	}

	@ValueConverter(rule = "SignedDecimal")
	public IValueConverter<Double> signedDecimal() {
		return decimalConverter;
	}

	@ValueConverter(rule = "VotingFlag")
	public IValueConverter<Boolean> votingFlag() {
		return new VotingFlagConverter();
	}
}
