/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cogov.analysis.CaseAnalysis;
import org.cogov.analysis.GovernanceAnalysis;
import org.cogov.analysis.StudyComparison;
import org.cogov.analysis.ThesisFinding;
import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.dsl.study.FileDiagnostic;
import org.cogov.dsl.study.LoadedStudy;
import org.cogov.dsl.study.StudyLoader;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructureType;
import org.junit.BeforeClass;
import org.junit.Test;

/** The example study (examples/, five files) as a user meets it: it loads, lands in its types, and the rules agree. */
public class ExampleStudyTest {

	private static LoadedStudy study;

	@BeforeClass
	public static void loadExamples() {
		study = new StudyLoader(StudyFixtures.injector()).load(List.of(StudyFixtures.examplesFolder().toPath()));
	}

	@Test
	public void allFilesLoadWithoutSyntaxOrLinkingErrors() {
		assertEquals(5, study.resources().size());
		List<FileDiagnostic> broken = study.diagnostics().stream()
				.filter(d -> d.code().equals(FileDiagnostic.SYNTAX) || d.code().equals(FileDiagnostic.LINK)).toList();
		assertTrue(broken.toString(), broken.isEmpty());
		assertEquals(List.of("CountyA", "CountyC", "CountyD", "DistrictB"),
				study.cases().stream().map(PlatformCase::getName).toList());
	}

	@Test
	public void eachCaseLandsInItsIntendedType() {
		assertEquals(StructureType.GOVERNMENT_LED, type("CountyA", 0));
		assertEquals(StructureType.NETWORK, type("CountyA", 1));
		assertEquals(StructureType.CO_CREATION, type("DistrictB", 0));
		assertEquals(StructureType.ENTERPRISE_LED, type("CountyC", 0));
		assertEquals(StructureType.GOVERNMENT_LED, type("CountyD", 0));
	}

	@Test
	public void countyAHasTheHighestIdciAndTheThesisFindingHolds() {
		StudyComparison comparison = GovernanceAnalysis.compare(study.cases(), ClassificationParameters.defaults());
		StudyComparison.Row a = comparison.row(platformCase("CountyA"));
		for (StudyComparison.Row row : comparison.rows()) {
			if (row != a) {
				assertTrue(row.caseName() + " " + row.idci() + " >= " + a.idci(), row.idci() < a.idci());
			}
		}
		assertEquals(ThesisFinding.Verdict.SUPPORTED, comparison.thesisFinding().verdict());
	}

	@Test
	public void theNetworkAndCoCreationCasesAreCleanAndCountyCShowsItsProblems() {
		assertEquals("County A should raise nothing", List.of(), findings("county-a.cogov"));
		assertEquals("District B should raise nothing", List.of(), findings("district-b.cogov"));
		Set<String> c = findings("county-c.cogov").stream().map(FileDiagnostic::code).collect(Collectors.toSet());
		for (String expected : List.of("COGOV-E01", "COGOV-W01", "COGOV-W07", "COGOV-W08", "COGOV-R01", "COGOV-R03", "COGOV-R04")) {
			assertTrue(expected + " missing in County C: " + c, c.contains(expected));
		}
		assertFalse("the sources file is clean", findings("sources.cogov").stream().anyMatch(FileDiagnostic::isError));
		List<String> errors = study.diagnostics().stream().filter(FileDiagnostic::isError).map(FileDiagnostic::code).toList();
		assertEquals("the only error of the study is County C's responsibility without an owner", List.of("COGOV-E01"), errors);
	}

	private static List<FileDiagnostic> findings(String file) {
		return study.diagnostics().stream().filter(d -> d.file().getFileName().equals(Path.of(file))).toList();
	}

	private static PlatformCase platformCase(String name) {
		return study.cases().stream().filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
	}

	private static StructureType type(String caseName, int phase) {
		CaseAnalysis analysis = GovernanceAnalysis.analyse(platformCase(caseName));
		return analysis.phases().get(phase).classification().type();
	}
}
