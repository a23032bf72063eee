/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.report;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cogov.dsl.study.FileDiagnostic;
import org.cogov.ui.study.ExampleStudy;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Export Report on the example study: the three files, and what the researcher is told. */
public class ReportExportTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private static final class Recording implements ReportFeedback {
		final List<String> events = new ArrayList<>();

		@Override
		public void inform(String message) {
			events.add("inform " + message);
		}

		@Override
		public void broken(IProject project, List<FileDiagnostic> errors) {
			events.add("broken " + errors.size());
		}

		@Override
		public void failed(String message, Throwable error) {
			events.add("failed " + message + " " + error);
		}

		@Override
		public void written(Path folder, Path html) {
			events.add("written " + html.getFileName());
		}
	}

	@Test
	public void writesTheThreeFiles() throws Exception {
		IProject project = ExampleStudy.importInto(ResourcesPlugin.getWorkspace(), new NullProgressMonitor());
		Path out = folder.newFolder("report").toPath();
		Recording feedback = new Recording();
		ReportExport export = new ReportExport(project, out, Locale.CHINESE, feedback);
		export.schedule();
		export.join();
		assertEquals(List.of("written report.html"), feedback.events);
		String html = Files.readString(out.resolve(ReportExport.HTML));
		assertTrue(html.contains("CountyA"));
		assertTrue("the report embeds the governance diagrams", html.contains("<svg"));
		assertTrue(Files.size(out.resolve(ReportExport.CSV)) > 0);
		assertTrue(Files.size(out.resolve(ReportExport.MARKDOWN)) > 0);
	}
}
