/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.model.NamedElement;
import org.cogov.ui.CogovPerspective;
import org.cogov.ui.diagram.DiagramCanvas;
import org.cogov.ui.diagram.DiagramView;
import org.cogov.ui.study.ExampleStudy;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

/** The diagram view in the real workbench: it follows the editor, and a click on a node reveals its text. */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class DiagramViewTest {

	private static IProject project;
	private static IWorkbenchPage page;
	private static ITextEditor editor;
	private static DiagramView view;

	@BeforeClass
	public static void openCountyAWithItsDiagrams() throws Exception {
		project = ExampleStudy.importInto(ResourcesPlugin.getWorkspace(), new NullProgressMonitor());
		page = PlatformUI.getWorkbench().showPerspective(CogovPerspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1260, 900);
		editor = (ITextEditor) IDE.openEditor(page, project.getFile("county-a.cogov"));
		view = (DiagramView) page.showView(DiagramView.ID);
		view.showKind(DiagramKind.ROLE); // whatever an earlier test left on screen
		page.activate(editor);
		editor.selectAndReveal(text().indexOf("phase P2"), 0);
		Workbench.waitUntil("the role diagram of County A", 60_000,
				() -> view.canvas().diagram() != null && view.canvas().diagram().title().contains("CountyA")
						&& view.canvas().diagram().kind() == DiagramKind.ROLE);
		Workbench.settle();
	}

	private static String text() {
		return document().get();
	}

	private static IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	private static DiagramNode nodeNamed(Diagram diagram, String name) {
		return diagram.nodes().stream()
				.filter(n -> n.element() instanceof NamedElement named && name.equals(named.getName()))
				.findFirst().orElseThrow(() -> new AssertionError("no node for " + name + " in " + diagram.nodes()));
	}

	private static void click(DiagramCanvas canvas, DiagramNode node) {
		int[] at = canvas.toCanvas(node.bounds().centre().x(), node.bounds().centre().y());
		Workbench.mouse(canvas.control(), SWT.MouseDown, at);
		Workbench.mouse(canvas.control(), SWT.MouseUp, at);
	}

	@Test
	public void a_theRoleDiagramOfTheCaseAtTheCaretIsShownWhole() {
		Diagram diagram = view.canvas().diagram();
		assertEquals(DiagramKind.ROLE, diagram.kind());
		assertTrue(diagram.title(), diagram.title().contains("P2"));
		assertTrue("fitted: the whole picture is in view", diagram.width() * view.canvas().zoom()
				<= view.canvas().control().getClientArea().width + 1);
		assertEquals("the phases offered", java.util.List.of("P1", "P2"), phaseNames());
		Workbench.screenshot("diagram-role");
	}

	private static java.util.List<String> phaseNames() {
		return view.canvas().diagram() == null ? java.util.List.of()
				: ((org.cogov.model.PlatformCase) view.shownCase()).getPhases().stream().map(p -> p.getName()).toList();
	}

	@Test
	public void b_clickingADepartmentRevealsItsDeclaration() {
		DiagramNode da = nodeNamed(view.canvas().diagram(), "DA");
		click(view.canvas(), da);
		assertEquals(da, view.canvas().selection());
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals("the name DA is selected", "DA", selection.getText());
		int lineStart = text().lastIndexOf('\n', selection.getOffset()) + 1;
		assertTrue(text().substring(lineStart, selection.getOffset()), text().substring(lineStart, selection.getOffset()).contains("department"));
	}

	@Test
	public void c_movingTheCaretSelectsTheNode() {
		page.activate(editor);
		int offset = text().indexOf("department HR");
		assertTrue(offset > 0);
		editor.selectAndReveal(offset + "department ".length(), 0);
		Workbench.waitUntil("HR selected in the diagram", 30_000, () -> view.canvas().selection() instanceof DiagramNode node
				&& node.element() instanceof NamedElement named && "HR".equals(named.getName()));
	}

	@Test
	public void d_everyKindDrawsAndAnEditKeepsTheZoom() throws Exception {
		for (DiagramKind kind : DiagramKind.values()) {
			view.showKind(kind);
			Workbench.waitUntil(kind + " diagram", 60_000, () -> view.canvas().diagram() != null && view.canvas().diagram().kind() == kind);
			assertTrue(kind + " has nodes", !view.canvas().diagram().nodes().isEmpty());
			Workbench.screenshot("diagram-" + kind.name().toLowerCase());
		}
		view.showKind(DiagramKind.NETWORK);
		Workbench.waitUntil("network diagram", 60_000, () -> view.canvas().diagram().kind() == DiagramKind.NETWORK);
		view.canvas().zoomIn();
		view.canvas().zoomIn();
		double zoom = view.canvas().zoom();
		Diagram before = view.canvas().diagram();
		page.activate(editor);
		int at = text().indexOf("department HR");
		document().replace(at, 0, "// a note typed while the diagram is open\n\t");
		Workbench.waitUntil("the diagram to follow the edit", 60_000, () -> view.canvas().diagram() != before);
		assertEquals("the zoom survives the edit", zoom, view.canvas().zoom(), 1e-9);
		editor.doRevertToSaved();
	}

	@Test
	public void e_exportWritesTheDiagramShown() throws Exception {
		Path svg = Files.createTempDirectory("cogov-diagram").resolve("county-a-network.svg");
		view.export(svg);
		String picture = Files.readString(svg, StandardCharsets.UTF_8);
		assertTrue(picture.startsWith("<?xml") || picture.startsWith("<svg"));
		assertTrue("the title is in the picture", picture.contains("CountyA"));
		Path png = svg.resolveSibling("county-a-network.png");
		view.export(png);
		byte[] bytes = Files.readAllBytes(png);
		assertNotNull(bytes);
		assertEquals("a PNG signature", (byte) 0x89, bytes[0]);
		assertEquals('P', bytes[1]);
	}
}
