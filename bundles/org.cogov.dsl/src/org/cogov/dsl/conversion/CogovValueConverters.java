/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;

import com.google.inject.Inject;

/** One value converter per data type rule of the CoGov grammar. */
public class CogovValueConverters extends DefaultTerminalConverters {

	@Inject
	private DateConverter dateConverter;

	@Inject
	private ShareConverter shareConverter;

	@Inject
	private DecimalConverter decimalConverter;

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
