/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cogov.dsl.ide.CogovIdeSetup;
import org.cogov.dsl.ide.editing.StudyDocument;
import org.cogov.dsl.ide.editing.StudyWorkspace;
import org.cogov.dsl.synthetic.SyntheticStudy;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One case of a loaded 2,850-case study edited and checked again, the way the workbench editor does it on every
 * change: {@link StudyDocument#update} re-parses the case's text in the study's resource set and links it against
 * the other 2,850 files, {@link StudyDocument#validate} runs syntax, linking and governance rules on it. Each call
 * alternates between the original text and the text with one more department, so that every call re-parses.
 * Target: under 200 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx8g", "-Djava.awt.headless=true" })
public class EditedCaseRevalidation {

	private StudyDocument document;
	private String original;
	private String edited;
	private boolean showEdited;

	@Setup(Level.Trial)
	public void open() throws IOException {
		Path folder = GeneratedStudies.text(NationalAnalysis.CASES);
		SyntheticStudy names = new SyntheticStudy(GeneratedStudies.SEED, NationalAnalysis.CASES);
		Path file = folder.resolve(names.fileName(NationalAnalysis.CASES / 2));
		original = Files.readString(file, StandardCharsets.UTF_8);
		int end = original.lastIndexOf('}');
		edited = original.substring(0, end) + "\tdepartment ZZ \"新增部门\" other-department local\n" + original.substring(end); //$NON-NLS-1$
		StudyWorkspace workspace = new StudyWorkspace(new CogovIdeSetup().createInjectorAndDoEMFRegistration());
		document = workspace.document(URI.createFileURI(file.toString()));
		document.update(original);
		if (workspace.cases().size() != NationalAnalysis.CASES) {
			throw new IllegalStateException("the workspace holds " + workspace.cases().size() + " cases"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		requireNoErrors(document.validate(CancelIndicator.NullImpl));
		document.update(edited);
		requireNoErrors(document.validate(CancelIndicator.NullImpl));
	}

	private static void requireNoErrors(List<Issue> issues) {
		List<Issue> errors = issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			throw new IllegalStateException("the edited case has errors: " + errors); //$NON-NLS-1$
		}
	}

	@Benchmark
	public List<Issue> revalidate() {
		showEdited = !showEdited;
		document.update(showEdited ? edited : original);
		return document.validate(CancelIndicator.NullImpl);
	}
}
