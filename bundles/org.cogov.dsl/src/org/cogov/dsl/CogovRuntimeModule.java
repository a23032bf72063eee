/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl;

import org.cogov.dsl.conversion.CogovValueConverters;
import org.cogov.dsl.conversion.Utf8Encoding;
import org.cogov.dsl.documentation.ElementDocumentation;
import org.cogov.dsl.linking.ElementFragments;
import org.cogov.dsl.linking.StudyLinker;
import org.cogov.dsl.linking.UnknownNameMessages;
import org.cogov.dsl.naming.StudyQualifiedNames;
import org.cogov.dsl.parser.ModelerSyntaxErrorMessages;
import org.cogov.dsl.parser.StudyLexer;
import org.cogov.dsl.scoping.StudyNamespaceScopeProvider;
import org.cogov.dsl.serializer.OnDemandSerializer;
import org.cogov.dsl.validation.GovernanceRulesRegistration;
import org.cogov.dsl.validation.RuleCodeDiagnosticConverter;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.linking.ILinker;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.IEncodingProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.IDiagnosticConverter;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** The CoGov language's bindings that differ from Xtext's defaults: its table of contents. */
public class CogovRuntimeModule extends AbstractCogovRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return CogovValueConverters.class;
	}

	@Override
	public Class<? extends IEncodingProvider.Runtime> bindRuntimeEncodingProvider() {
		return Utf8Encoding.class;
	}

	/** Names declared in the same file are linked while the file is read; other names get Xtext's proxies. */
	@Override
	public Class<? extends ILinker> bindILinker() {
		return StudyLinker.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return UnknownNameMessages.class;
	}

	/**
	 * A registry of the language's own, falling back to the global one: the language's checks and the governance
	 * rules are registered here, so that no other registration in the process (or a test's registry reset) can
	 * drop or duplicate them.
	 */
	@Override
	public EValidator.Registry bindEValidatorRegistry() {
		return new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
	}

	/** Reads the common tokens directly, the rest through ANTLR's generated lexer. */
	@Override
	public Class<? extends Lexer> bindLexer() {
		return StudyLexer.class;
	}

	/** The parser's lexer, as above. */
	@Override
	public void configureRuntimeLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerBindings.RUNTIME)).to(StudyLexer.class);
	}

	/** Qualified names from the metamodel's one name attribute, without reflection. */
	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return StudyQualifiedNames.class;
	}

	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(StudyNamespaceScopeProvider.class);
	}

	/** EMF's structural checks would repeat what the parser and linker report, in less readable words. */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bindConstant().annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
	}

	public void configureGovernanceRules(Binder binder) {
		binder.bind(GovernanceRulesRegistration.class).asEagerSingleton();
	}

	public Class<? extends IDiagnosticConverter> bindIDiagnosticConverter() {
		return RuleCodeDiagnosticConverter.class;
	}

	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return ElementDocumentation.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return ModelerSyntaxErrorMessages.class;
	}

	/** Each file's serializer is made when the file is first written, not when it is read. */
	@Override
	public Class<? extends ISerializer> bindISerializer() {
		return OnDemandSerializer.class;
	}

	/** Keyed fragments resolve by map lookup: a study's sources file may list thousands of sources. */
	public Class<? extends IFragmentProvider> bindIFragmentProvider() {
		return ElementFragments.class;
	}
}
