/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.tests.synthetic;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cogov.analysis.GovernanceAnalysis;
import org.cogov.dsl.study.FileDiagnostic;
import org.cogov.dsl.study.LoadedStudy;
import org.cogov.dsl.study.StudyLoader;
import org.cogov.dsl.synthetic.SyntheticStudy;
import org.cogov.dsl.tests.StudyFixtures;
import org.cogov.model.Enterprise;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructurePhase;
import org.cogov.model.StructureType;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The synthetic study generator: error-free files, the same text for the same seed, realistic and varied shapes. */
public class SyntheticStudyTest {

	@ClassRule
	public static TemporaryFolder folder = new TemporaryFolder();

	private static final int CASES = 40;
	private static SyntheticStudy generated;
	private static LoadedStudy study;

	@BeforeClass
	public static void generateAndLoad() throws IOException {
		generated = new SyntheticStudy(11, CASES);
		Path written = folder.getRoot().toPath().resolve("study");
		generated.write(written);
		study = new StudyLoader(StudyFixtures.injector()).load(List.of(written));
	}

	@Test
	public void aGeneratedStudyOfTenCasesLoadsWithoutErrors() throws IOException {
		Path ten = folder.newFolder("ten").toPath();
		List<Path> files = new SyntheticStudy(3, 10).write(ten);
		assertEquals(11, files.size());
		assertEquals(SyntheticStudy.SOURCES_FILE, files.get(0).getFileName().toString());
		LoadedStudy loaded = new StudyLoader(StudyFixtures.injector()).load(List.of(ten));
		List<FileDiagnostic> errors = loaded.diagnostics().stream().filter(FileDiagnostic::isError).toList();
		assertTrue(errors.toString(), errors.isEmpty());
		assertEquals(10, loaded.cases().size());
	}

	@Test
	public void theLargerStudyLoadsWithoutErrorsToo() {
		List<FileDiagnostic> errors = study.diagnostics().stream().filter(FileDiagnostic::isError).toList();
		assertTrue(errors.toString(), errors.isEmpty());
		assertEquals(CASES, study.cases().size());
	}

	@Test
	public void theSameSeedGivesTheSameTextAndAnotherSeedAnotherText() {
		Map<String, String> again = new SyntheticStudy(11, CASES).files();
		assertEquals(generated.files(), again);
		assertNotEquals(generated.caseText(0), new SyntheticStudy(12, CASES).caseText(0));
		// each case has its own random stream: case 7 reads the same in a study of 10 and one of 40
		assertEquals(generated.caseText(7), new SyntheticStudy(11, 10).caseText(7));
	}

	@Test
	public void casesHaveRealisticShapes() {
		for (PlatformCase platformCase : study.cases()) {
			long departments = platformCase.getActors().stream().filter(GovernmentDepartment.class::isInstance).count();
			long enterprises = platformCase.getActors().stream().filter(Enterprise.class::isInstance).count();
			String name = platformCase.getName();
			assertTrue(name + " has " + departments + " departments", departments >= 8 && departments <= 60);
			assertTrue(name + " has " + enterprises + " enterprises", enterprises >= 1 && enterprises <= 8);
			assertTrue(name + " has " + platformCase.getPhases().size() + " phases",
					platformCase.getPhases().size() >= 1 && platformCase.getPhases().size() <= 4);
			// links and decisions grow with the case: between half and twice a link per department
			assertTrue(name + " has " + platformCase.getLinks().size() + " links for " + departments + " departments",
					platformCase.getLinks().size() >= departments / 2 && platformCase.getLinks().size() <= 2 * departments);
			for (StructurePhase phase : platformCase.getPhases()) {
				assertTrue(name + "." + phase.getName() + " has " + phase.getDecisions().size() + " decisions",
						phase.getDecisions().size() >= 5 && phase.getDecisions().size() <= 9);
			}
		}
	}

	@Test
	public void sizesVaryAcrossCases() {
		Set<Long> departmentCounts = new java.util.HashSet<>();
		Set<Integer> phaseCounts = new java.util.HashSet<>();
		for (PlatformCase platformCase : study.cases()) {
			departmentCounts.add(platformCase.getActors().stream().filter(GovernmentDepartment.class::isInstance).count());
			phaseCounts.add(platformCase.getPhases().size());
		}
		assertTrue("department counts " + departmentCounts, departmentCounts.size() >= 10);
		assertEquals("phase counts", Set.of(1, 2, 3, 4), phaseCounts);
	}

	@Test
	public void everyStructureTypeOccursAndEachCaseHasTheTypeItWasBuiltFor() {
		Set<StructureType> seen = EnumSet.noneOf(StructureType.class);
		for (int i = 0; i < CASES; i++) {
			String name = generated.caseName(i);
			PlatformCase platformCase = study.cases().stream().filter(c -> c.getName().equals(name)).findFirst()
					.orElseThrow(() -> new AssertionError("no case " + name));
			StructureType computed = GovernanceAnalysis.analyse(platformCase).current().classification().type();
			assertEquals(name, generated.intendedType(i), computed);
			seen.add(computed);
		}
		assertEquals(EnumSet.of(StructureType.CO_CREATION, StructureType.NETWORK, StructureType.ENTERPRISE_LED,
				StructureType.GOVERNMENT_LED, StructureType.HYBRID), seen);
	}

	@Test
	public void neverWritesIntoAFolderThatHoldsAStudy() throws IOException {
		Path existing = folder.newFolder("existing").toPath();
		Path work = Files.writeString(existing.resolve("mine.cogov"), "study Mine\n");
		try {
			new SyntheticStudy(1, 2).write(existing);
			fail("wrote into a folder with a study");
		} catch (IOException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("already holds study files"));
		}
		assertEquals("study Mine\n", Files.readString(work));
		try (var files = Files.list(existing)) {
			assertEquals(1, files.count());
		}
	}

	@Test(expected = IllegalArgumentException.class)
	public void aStudyNeedsAtLeastOneCase() {
		new SyntheticStudy(1, 0);
	}
}
