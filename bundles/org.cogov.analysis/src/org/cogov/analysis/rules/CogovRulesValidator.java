/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cogov.analysis.SettingsException;
import org.cogov.analysis.classification.Classification;
import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.model.CogovPackage;
import org.cogov.model.NamedElement;
import org.cogov.model.StructurePhase;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The single place where all CoGov rules run (see {@link RuleCatalog}). EMF's Diagnostician offers it every
 * element of a model; it hands the element to each rule family, which checks what applies to the element's class.
 * <p>
 * Settings and parameters: the validation context map may supply {@link RuleSettings#CONTEXT_KEY},
 * {@link ClassificationParameters#CONTEXT_KEY} and {@link #LOCALE_KEY}; otherwise the files next to the element's
 * resource apply ({@link StudyFolderSettings}) and the JVM's default locale. A settings file that cannot be used
 * is reported once, on the resource's root element, and the defaults apply.
 * <p>
 * This validator checks the CoGov rules only, not EMF's structural constraints (multiplicities, proxies): an
 * Xtext composite validator or {@link CogovRules#validate} adds those.
 */
public class CogovRulesValidator implements EValidator {

	/** Source of all diagnostics of this bundle. */
	public static final String SOURCE = "org.cogov.analysis"; //$NON-NLS-1$
	/** Key of the validation context map entry with the {@link Locale} of messages. */
	public static final String LOCALE_KEY = "org.cogov.analysis.rules.locale"; //$NON-NLS-1$
	/** Diagnostic code of a settings file that cannot be used. */
	public static final int SETTINGS_PROBLEM = 1;

	private static final List<RuleFamily> FAMILIES = List.of(new ResponsibilityRules(), new DecisionBodyRules(),
			new ShareRules(), new EvidenceRules(), new TimelineRules(), new NetworkRules(), new ActorRules(),
			new SourceRules(), new NamingRules(), new PathModelRules(), new ClassificationRules(), new RiskRules(),
			new CircularChainRules());

	/** State of one validation run, kept in the context map so that files and analyses are read once per run. */
	private static final class Run {
		final Map<Resource, StudyFolderSettings> folders = new IdentityHashMap<>();
		final Map<StructurePhase, Classification> classifications = new IdentityHashMap<>();
		final Map<EObject, Map<String, NamedElement>> namesByContainer = new IdentityHashMap<>();
		final Set<Resource> reported = new HashSet<>();

		static Run of(Map<Object, Object> context) {
			if (context == null) {
				return new Run();
			}
			Object run = context.get(Run.class);
			if (run instanceof Run existing) {
				return existing;
			}
			Run created = new Run();
			try {
				context.put(Run.class, created);
			} catch (UnsupportedOperationException e) {
				// a read-only context: this element's checks still run, without caching across elements
			}
			return created;
		}
	}

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (eObject.eClass().getEPackage() != CogovPackage.eINSTANCE) {
			return true;
		}
		Run run = Run.of(context);
		Resource resource = eObject.eResource();
		StudyFolderSettings folder = run.folders.computeIfAbsent(resource, StudyFolderSettings::forResource);
		RuleSettings settings = fromContext(context, RuleSettings.CONTEXT_KEY, RuleSettings.class, folder.rules());
		ClassificationParameters parameters = fromContext(context, ClassificationParameters.CONTEXT_KEY,
				ClassificationParameters.class, folder.parameters());
		Locale locale = fromContext(context, LOCALE_KEY, Locale.class, Locale.getDefault());
		if (eObject.eContainer() == null && diagnostics != null && !folder.errors().isEmpty() && run.reported.add(resource)) {
			for (SettingsException error : folder.errors()) {
				diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, SETTINGS_PROBLEM,
						RuleMessages.format(locale, "settings.error", error.getMessage()), new Object[] { eObject, error })); //$NON-NLS-1$
			}
		}
		RuleContext rules = new RuleContext(diagnostics, settings, parameters, locale, run.classifications,
				run.namesByContainer);
		for (RuleFamily family : FAMILIES) {
			family.check(eObject, rules);
		}
		return rules.isValid();
	}

	private static <T> T fromContext(Map<Object, Object> context, String key, Class<T> type, T fallback) {
		Object value = context == null ? null : context.get(key);
		return type.isInstance(value) ? type.cast(value) : fallback;
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true; // value constraints are checked per element, where the message can name it
	}
}
