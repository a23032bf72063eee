/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.cogov.ui.CogovPerspective;
import org.cogov.ui.analysis.AnalysisView;
import org.cogov.ui.editor.CogovContentAssistProcessor;
import org.cogov.ui.study.ExampleStudy;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

/** The CoGov editor in the real workbench: the example study, markers, quick fixes, completion, views. */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class CogovEditorTest {

	private static IProject project;
	private static IWorkbenchPage page;

	@BeforeClass
	public static void importExampleStudy() throws Exception {
		project = ExampleStudy.importInto(ResourcesPlugin.getWorkspace(), new NullProgressMonitor());
		page = PlatformUI.getWorkbench().showPerspective(CogovPerspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setSize(1400, 880);
		Workbench.settle();
	}

	private static ITextEditor open(IFile file) throws Exception {
		IEditorPart editor = IDE.openEditor(page, file);
		assertTrue("a text editor opens " + file.getName(), editor instanceof ITextEditor);
		return (ITextEditor) editor;
	}

	private static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	@Test
	public void a_exampleOpensInTheGenericEditorWithOutlineAndMarkers() throws Exception {
		IFile countyC = project.getFile("county-c.cogov");
		ITextEditor editor = open(countyC);
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", editor.getSite().getId());
		Workbench.waitUntil("markers of County C", 60_000, () -> Workbench.hasMarker(countyC, "COGOV-E01"));
		assertTrue(Workbench.hasMarker(countyC, "COGOV-R03"));
		IMarker risk = Arrays.stream(Workbench.markers(countyC)).filter(m -> "COGOV-R03".equals(m.getAttribute("code", null)))
				.findFirst().orElseThrow();
		assertEquals("org.cogov.ui.risk", risk.getType());
		assertNotNull("the outline page", editor.getAdapter(IContentOutlinePage.class));
	}

	@Test
	public void b_brokenFileShowsModelerWordedMarkersAndAQuickFixRepairsIt() throws Exception {
		IFile file = project.getFile("broken.cogov");
		String text = "study Illustrative\ncase Broken {\n\tdepartment DA data-authority\n\tdepartment PS public-security\n"
				+ "\tlink PSB <-> DA data-sharing\n\tphase P {\n\t\tresponsibility Ops category operation responsible DA\n\t}\n}\n";
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		ITextEditor editor = open(file);
		Workbench.waitUntil("markers of the broken file", 60_000, () -> Workbench.hasMarker(file, "COGOV-E01") && Workbench.hasMarker(file, "link"));
		IMarker link = Arrays.stream(Workbench.markers(file)).filter(m -> "link".equals(m.getAttribute("code", null))).findFirst().orElseThrow();
		assertTrue(link.getAttribute(IMarker.MESSAGE, ""), link.getAttribute(IMarker.MESSAGE, "").startsWith("unknown department 'PSB' in case 'Broken'"));
		assertEquals(5, link.getAttribute(IMarker.LINE_NUMBER, 0));

		IMarker e01 = Arrays.stream(Workbench.markers(file)).filter(m -> "COGOV-E01".equals(m.getAttribute("code", null))).findFirst().orElseThrow();
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(e01);
		List<String> labels = Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList();
		assertTrue(labels.toString(), labels.contains("Make DA accountable"));
		Arrays.stream(resolutions).filter(r -> r.getLabel().equals("Make DA accountable")).findFirst().orElseThrow().run(e01);
		assertTrue(document(editor).get(), document(editor).get().contains("responsibility Ops category operation accountable DA responsible DA"));
		assertTrue("the editor shows the fix as an unsaved change", editor.isDirty());
		Workbench.waitUntil("the fixed rule's marker to go", 60_000, () -> !Workbench.hasMarker(file, "COGOV-E01"));
		Workbench.screenshot("editor-broken-file");
		editor.doSave(new NullProgressMonitor());
	}

	@Test
	public void c_completionProposesDepartmentsInALink() throws Exception {
		IFile countyA = project.getFile("county-a.cogov");
		ITextEditor editor = open(countyA);
		IDocument document = document(editor);
		int offset = document.get().indexOf("link DA <-> PS") + "link DA <-> ".length();
		ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
		ICompletionProposal[] proposals = new CogovContentAssistProcessor().computeCompletionProposals(viewer, offset);
		List<String> names = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
		assertTrue(names.toString(), names.stream().anyMatch(n -> n.startsWith("HR")) && names.stream().anyMatch(n -> n.startsWith("MR")));
	}

	@Test
	public void d_analysisViewFollowsTheCaret() throws Exception {
		IFile countyA = project.getFile("county-a.cogov");
		ITextEditor editor = open(countyA);
		AnalysisView view = (AnalysisView) page.showView(AnalysisView.ID);
		page.activate(editor);
		editor.selectAndReveal(document(editor).get().indexOf("phase P2"), 0);
		Workbench.waitUntil("the analysis of County A", 60_000, () -> view.headline().contains("network platform"));
		assertTrue(view.headline(), view.headline().startsWith("CountyA \u00b7 A县"));
		Workbench.screenshot("editor-and-analysis");
	}
}
