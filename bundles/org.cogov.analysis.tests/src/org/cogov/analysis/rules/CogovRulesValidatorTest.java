/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import static org.cogov.analysis.tests.CaseBuilder.body;
import static org.cogov.analysis.tests.CaseBuilder.responsibility;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cogov.analysis.GovernanceAnalysis;
import org.cogov.analysis.tests.RuleFindings;
import org.cogov.analysis.tests.TinyCase;
import org.cogov.model.Asset;
import org.cogov.model.BenefitPool;
import org.cogov.model.BodyKind;
import org.cogov.model.CogovFactory;
import org.cogov.model.CogovPackage;
import org.cogov.model.DecisionBody;
import org.cogov.model.DecisionItem;
import org.cogov.model.DecisionRule;
import org.cogov.model.Membership;
import org.cogov.model.Responsibility;
import org.cogov.model.ResponsibilityCategory;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Registration, settings next to the study's file, the language of messages and the complete validation. */
public class CogovRulesValidatorTest {

	@org.junit.Rule
	public TemporaryFolder folder = new TemporaryFolder();

	/** Findings of the global Diagnostician-like run without context settings, so the study folder applies. */
	private static List<Diagnostic> validateWithFolderSettings(TinyCase m) {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(CogovPackage.eINSTANCE, CogovRules.validator());
		Diagnostician diagnostician = new Diagnostician(registry);
		BasicDiagnostic diagnostic = diagnostician.createDefaultDiagnostic(m.study);
		diagnostician.validate(m.study, diagnostic, diagnostician.createDefaultContext());
		return new ArrayList<>(diagnostic.getChildren());
	}

	private TinyCase inFolder(Path dir) {
		TinyCase m = new TinyCase();
		XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(dir.resolve("study.cogov").toString()));
		resource.getContents().add(m.study);
		body(m.phase, "Group", BodyKind.LEADING_GROUP, DecisionRule.HIERARCHICAL, m.go, 0, m.go, m.da);
		return m;
	}

	private static boolean hasRule(List<? extends Diagnostic> diagnostics, Rule rule) {
		return diagnostics.stream().anyMatch(d -> d instanceof RuleDiagnostic r && r.getRule() == rule);
	}

	@Test
	public void settingsFileNextToTheStudyApplies() throws Exception {
		Path dir = folder.newFolder("study").toPath();
		TinyCase m = inFolder(dir);
		assertTrue(hasRule(validateWithFolderSettings(m), RuleCatalog.W08_PAPER_BODY));
		Path settings = dir.resolve(RuleSettings.FILE_NAME);
		Files.writeString(settings, "COGOV-W08 = off\n", StandardCharsets.UTF_8);
		assertFalse(hasRule(validateWithFolderSettings(m), RuleCatalog.W08_PAPER_BODY));
		Files.writeString(settings, "COGOV-W08 = warning\nCOGOV-W11 = off\n", StandardCharsets.UTF_8); // re-read on change
		assertTrue(hasRule(validateWithFolderSettings(m), RuleCatalog.W08_PAPER_BODY));
	}

	@Test
	public void unusableSettingsFileIsReportedOnceWithFileAndLine() throws Exception {
		Path dir = folder.newFolder("broken").toPath();
		TinyCase m = inFolder(dir);
		Path settings = dir.resolve(RuleSettings.FILE_NAME);
		Files.writeString(settings, "COGOV-W08 = off\nCOGOV-W08x = off\n", StandardCharsets.UTF_8);
		List<Diagnostic> diagnostics = validateWithFolderSettings(m);
		List<Diagnostic> problems = diagnostics.stream()
				.filter(d -> d.getCode() == CogovRulesValidator.SETTINGS_PROBLEM && CogovRulesValidator.SOURCE.equals(d.getSource()))
				.toList();
		assertEquals(1, problems.size());
		assertEquals(Diagnostic.ERROR, problems.get(0).getSeverity());
		assertTrue(problems.get(0).getMessage(), problems.get(0).getMessage().contains(settings + ":2: unknown rule 'COGOV-W08x'"));
		assertSame(m.study, problems.get(0).getData().get(0));
		assertTrue("defaults apply meanwhile", hasRule(diagnostics, RuleCatalog.W08_PAPER_BODY));
	}

	@Test
	public void parametersFileNextToTheStudyApplies() throws Exception {
		Path dir = folder.newFolder("params").toPath();
		Files.writeString(dir.resolve("cogov-params.properties"), "network.maxHhi = 2\n", StandardCharsets.UTF_8);
		StudyFolderSettings settings = StudyFolderSettings.forFolder(dir);
		assertEquals(1, settings.errors().size());
		assertEquals(1, settings.errors().get(0).getLine());
		Files.writeString(dir.resolve("cogov-params.properties"), "network.maxHhi = 0.3\n", StandardCharsets.UTF_8);
		StudyFolderSettings fixed = StudyFolderSettings.forFolder(dir);
		assertEquals(List.of(), fixed.errors());
		assertEquals(0.3, fixed.parameters().getNetworkMaxHhi(), 0);
		assertSame("cached while unchanged", fixed, StudyFolderSettings.forFolder(dir));
	}

	@Test
	public void messagesInChineseOrEnglishByLocale() {
		TinyCase m = new TinyCase();
		Responsibility ops = responsibility(m.phase, "Ops", ResponsibilityCategory.OPERATION, m.da);
		ops.getAccountable().add(m.csoe);
		String chinese = RuleFindings.on(RuleFindings.of(m.platformCase, RuleFindings.context(CogovRulesValidator.LOCALE_KEY,
				Locale.SIMPLIFIED_CHINESE)), RuleCatalog.E01_ACCOUNTABLE_ACTOR, ops).get(0).getMessage();
		assertEquals("COGOV-E01 Responsibility 'Ops' in phase 'P2' of case 'CountyA' 有 2 个问责主体（DA, CSOE）；"
				+ "只保留一个问责主体，其余改为执行主体。", chinese);
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.SIMPLIFIED_CHINESE); // asking for English on a Chinese desktop still gives English
			String english = RuleFindings.on(RuleFindings.of(m.platformCase, RuleFindings.context(CogovRulesValidator.LOCALE_KEY,
					Locale.ENGLISH)), RuleCatalog.E01_ACCOUNTABLE_ACTOR, ops).get(0).getMessage();
			assertTrue(english, english.endsWith("make the others responsible."));
		} finally {
			Locale.setDefault(before);
		}
		assertEquals("治理风险：", RuleMessages.bundle(Locale.CHINA).getString("risk.prefix"));
	}

	@Test
	public void registerIsIdempotentAndLeavesOtherValidatorsAlone() {
		Object before = EValidator.Registry.INSTANCE.get(CogovPackage.eINSTANCE);
		try {
			EValidator.Registry.INSTANCE.remove(CogovPackage.eINSTANCE);
			assertTrue(CogovRules.register());
			assertTrue(CogovRules.register());
			assertSame(CogovRules.validator(), EValidator.Registry.INSTANCE.get(CogovPackage.eINSTANCE));
			EValidator other = new EObjectValidator();
			EValidator.Registry.INSTANCE.put(CogovPackage.eINSTANCE, other);
			assertFalse(CogovRules.register());
			assertSame(other, EValidator.Registry.INSTANCE.get(CogovPackage.eINSTANCE));
		} finally {
			if (before == null) {
				EValidator.Registry.INSTANCE.remove(CogovPackage.eINSTANCE);
			} else {
				EValidator.Registry.INSTANCE.put(CogovPackage.eINSTANCE, before);
			}
		}
	}

	@Test
	public void completeValidationAddsEmfStructuralConstraints() {
		TinyCase m = new TinyCase();
		Membership orphan = body(m.phase, "Meeting", BodyKind.JOINT_MEETING, DecisionRule.CONSENSUS, m.da, 12, m.da, m.ps)
				.getMembers().get(1);
		orphan.setActor(null); // violates the lower bound of Membership.actor
		Diagnostic complete = CogovRules.validate(m.study, Map.of(RuleSettings.CONTEXT_KEY, RuleSettings.defaults()));
		List<Diagnostic> all = new ArrayList<>(complete.getChildren());
		assertTrue(all.stream().anyMatch(d -> !(d instanceof RuleDiagnostic) && d.getData().contains(orphan)));
		assertTrue(hasRule(all, RuleCatalog.W11_INTERVIEWEES_PER_SIDE));
	}

	/** An editor validates half-finished models all the time: missing references must never break a rule. */
	@Test
	public void incompleteModelsAreCheckedWithoutFailing() {
		TinyCase m = new TinyCase();
		CogovFactory f = CogovFactory.eINSTANCE;
		m.phase.getRoles().add(f.createRoleAssignment());
		m.phase.getResponsibilities().add(f.createResponsibility());
		BenefitPool pool = f.createBenefitPool();
		pool.getShares().add(f.createBenefitShare());
		m.phase.getBenefitPools().add(pool);
		Asset asset = f.createAsset();
		asset.getOwners().add(f.createAssetShare());
		m.phase.getAssets().add(asset);
		DecisionBody body = f.createDecisionBody();
		body.getMembers().add(f.createMembership());
		m.phase.getBodies().add(body);
		DecisionItem item = f.createDecisionItem();
		item.getRights().add(f.createDecisionRight());
		m.phase.getDecisions().add(item);
		m.platformCase.getLinks().add(f.createCollaborationLink());
		m.platformCase.getCausalClaims().add(f.createCausalClaim());
		m.platformCase.getMechanisms().add(f.createMechanism());
		m.platformCase.getDifficulties().add(f.createDifficulty());
		m.platformCase.getEvents().add(f.createEvent());
		m.platformCase.getPhases().add(f.createStructurePhase());
		m.study.getSources().add(f.createInterviewee());
		m.study.getSources().add(f.createDocument());
		List<RuleDiagnostic> findings = RuleFindings.of(m.study);
		assertTrue(hasRule(findings, RuleCatalog.E01_ACCOUNTABLE_ACTOR));
		assertTrue(hasRule(findings, RuleCatalog.E16_INTERVIEWEE_ANONYMITY));
		assertEquals(2, GovernanceAnalysis.analyse(m.platformCase).phases().size());
	}
}
