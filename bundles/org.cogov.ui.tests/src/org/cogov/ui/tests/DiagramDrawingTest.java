/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.dsl.ide.drawing.DeletionImpact;
import org.cogov.dsl.ide.editing.StudyDocument;
import org.cogov.model.NamedElement;
import org.cogov.ui.CogovPerspective;
import org.cogov.ui.CogovUiPlugin;
import org.cogov.ui.diagram.DiagramCanvas;
import org.cogov.ui.diagram.DiagramView;
import org.cogov.ui.drawing.DrawingTool;
import org.cogov.ui.study.ExampleStudy;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.validation.Issue;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

/**
 * Drawing on the diagram of County A in the real workbench, with the palette, the mouse and the keys as a modeler
 * uses them: every edit lands in the editor's text (comments kept, the file dirty), the diagram follows, and the
 * view's Undo takes all of it back to the original text, byte for byte.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class DiagramDrawingTest {

	private static IWorkbenchPage page;
	private static ITextEditor editor;
	private static DiagramView view;
	private static String original;
	private static int edits;
	private static java.nio.file.Path layoutFile;

	@BeforeClass
	public static void openTheNetworkOfCountyA() throws Exception {
		IProject project = ExampleStudy.importInto(ResourcesPlugin.getWorkspace(), new NullProgressMonitor());
		page = PlatformUI.getWorkbench().showPerspective(CogovPerspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1260, 900);
		editor = (ITextEditor) IDE.openEditor(page, project.getFile("county-a.cogov"));
		original = text();
		layoutFile = project.getFile("county-a.cogov").getLocation().toFile().toPath().resolveSibling("county-a.cogov-layout");
		java.nio.file.Files.deleteIfExists(layoutFile);
		view = (DiagramView) page.showView(DiagramView.ID);
		page.activate(editor);
		editor.selectAndReveal(original.indexOf("phase P2"), 0);
		Workbench.waitUntil("a diagram of County A", 60_000, () -> view.canvas().diagram() != null);
		show(DiagramKind.NETWORK);
	}

	@AfterClass
	public static void closeWithoutSavingAndShowRolesAgain() throws Exception {
		page.closeAllEditors(false);
		java.nio.file.Files.deleteIfExists(layoutFile);
		view.palette().choose(DrawingTool.SELECT);
		view.showKind(DiagramKind.ROLE); // the view is shared with the other workbench tests
	}

	private static String text() {
		return document().get();
	}

	private static IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	private static void show(DiagramKind kind) {
		view.showKind(kind);
		Workbench.waitUntil(kind + " diagram", 60_000, () -> view.canvas().diagram() != null && view.canvas().diagram().kind() == kind);
		Workbench.settle();
	}

	private static DiagramNode waitForNode(String name) {
		Workbench.waitUntil("a node " + name, 60_000, () -> node(name) != null);
		return node(name);
	}

	private static DiagramNode node(String name) {
		Diagram diagram = view.canvas().diagram();
		return diagram == null ? null : diagram.nodes().stream()
				.filter(n -> n.element() instanceof NamedElement named && name.equals(named.getName())).findFirst().orElse(null);
	}

	private static void mouse(int type, DiagramCanvas canvas, int[] at) {
		Workbench.mouse(canvas.control(), type, at);
	}

	private static int[] centre(DiagramNode node) {
		return view.canvas().toCanvas(node.bounds().centre().x(), node.bounds().centre().y());
	}

	private static void key(int keyCode) {
		Event event = new Event();
		event.type = SWT.KeyDown;
		event.keyCode = keyCode;
		view.canvas().control().notifyListeners(SWT.KeyDown, event);
	}

	private static List<String> comments(String text) {
		return text.lines().filter(l -> l.trim().startsWith("//")).toList();
	}

	private static int count(String text, String word) {
		Matcher m = Pattern.compile("\\b" + word + "\\b").matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	@Test
	public void a_aClickWithTheDepartmentToolAddsADepartmentToTheText() {
		view.palette().choose(DrawingTool.DEPARTMENT);
		mouse(SWT.MouseDown, view.canvas(), new int[] { 8, 8 });
		mouse(SWT.MouseUp, view.canvas(), new int[] { 8, 8 });
		edits++;
		assertNull(view.drawing().lastRefusal());
		assertEquals("the palette is back on Select", DrawingTool.SELECT, view.palette().tool());
		assertTrue(text(), text().contains("department Dept1"));
		assertTrue("the editor is dirty until saved", editor.isDirty());
		assertEquals("every comment kept", comments(original), comments(text()));
		waitForNode("Dept1");
	}

	@Test
	public void b_draggingALinkFromTheNewDepartmentToTheDataAuthority() {
		view.palette().choose(DrawingTool.LINK);
		DiagramNode from = waitForNode("Dept1");
		DiagramNode to = node("DA");
		mouse(SWT.MouseDown, view.canvas(), centre(from));
		mouse(SWT.MouseMove, view.canvas(), centre(to));
		Workbench.settle();
		Workbench.screenshot("drawing-a-link");
		mouse(SWT.MouseUp, view.canvas(), centre(to));
		edits++;
		assertNull(view.drawing().lastRefusal());
		assertTrue(text(), text().contains("link Dept1 -> DA data-sharing"));
		assertEquals("every comment kept", comments(original), comments(text()));
		assertEquals("the text before the new lines is untouched", original.substring(0, original.indexOf("department GO")),
				text().substring(0, original.indexOf("department GO")));
		view.palette().choose(DrawingTool.SELECT);
		Workbench.waitUntil("the link in the diagram", 60_000, () -> view.canvas().diagram().edges().stream()
				.anyMatch(e -> e.source().element() == node("Dept1").element() && e.target().element() == node("DA").element()
						|| e.target().element() == node("Dept1").element() && e.source().element() == node("DA").element()));
	}

	@Test
	public void bb_theContextMenuChangesALinksKind() {
		DiagramEdge link = view.canvas().diagram().edges().stream()
				.filter(e -> e.element() instanceof org.cogov.model.CollaborationLink l && "Dept1".equals(l.getFrom().getName()))
				.findFirst().orElseThrow();
		view.canvas().select(link);
		MenuManager menu = new MenuManager();
		view.menu().fill(menu);
		IMenuManager kinds = submenu(menu, "Link kind");
		ActionContributionItem jointProject = java.util.Arrays.stream(kinds.getItems())
				.filter(i -> i instanceof ActionContributionItem a && "joint-project".equals(a.getAction().getText()))
				.map(ActionContributionItem.class::cast).findFirst().orElseThrow();
		assertTrue("the current kind is checked", java.util.Arrays.stream(kinds.getItems()).anyMatch(i -> i instanceof ActionContributionItem a
				&& "data-sharing".equals(a.getAction().getText()) && a.getAction().isChecked()));
		jointProject.getAction().setChecked(true);
		jointProject.getAction().run();
		edits++;
		assertNull(view.drawing().lastRefusal());
		assertTrue(text(), text().contains("link Dept1 -> DA joint-project"));
		assertFalse(text().contains("link Dept1 -> DA data-sharing"));
	}

	private static IMenuManager submenu(MenuManager menu, String label) {
		return java.util.Arrays.stream(menu.getItems()).filter(i -> i instanceof MenuManager m && label.equals(m.getMenuText()))
				.map(IMenuManager.class::cast).findFirst().orElseThrow(() -> new AssertionError("no submenu " + label));
	}

	@Test
	public void c_aLinkToAnEnterpriseIsRefusedWithAReason() {
		String before = text();
		org.cogov.model.PlatformCase countyA = (org.cogov.model.PlatformCase) view.shownCase();
		org.eclipse.emf.ecore.EObject da = countyA.getActors().stream().filter(a -> "DA".equals(a.getName())).findFirst().get();
		org.eclipse.emf.ecore.EObject csoe = countyA.getActors().stream().filter(a -> "CSOE".equals(a.getName())).findFirst().get();
		String why = view.drawing().whyNot(DrawingTool.LINK, da, csoe);
		assertNotNull(why);
		assertTrue(why, why.contains("connects two departments"));
		assertFalse(view.drawing().connect(DrawingTool.LINK, da, csoe));
		assertEquals(why, view.drawing().lastRefusal());
		assertEquals("nothing written", before, text());
	}

	@Test
	public void d_renamingABodyInPlaceRenamesEveryReference() {
		show(DiagramKind.DECISION);
		int references = count(text(), "JM");
		assertTrue(references > 1);
		DiagramNode jm = waitForNode("JM");
		view.canvas().select(jm);
		key(SWT.F2);
		Text field = null;
		for (Control child : view.canvas().control().getChildren()) {
			if (child instanceof Text t) {
				field = t;
			}
		}
		assertNotNull("F2 opens the name field on the node", field);
		assertEquals("JM", field.getText());
		field.setText("JointBoard");
		field.notifyListeners(SWT.DefaultSelection, new Event());
		edits++;
		assertNull(view.drawing().lastRefusal());
		assertTrue("the field closes", field.isDisposed());
		assertEquals("no JM left", 0, count(text(), "JM"));
		assertEquals("every reference renamed", references, count(text(), "JointBoard"));
		assertEquals(comments(original), comments(text()));
		waitForNode("JointBoard");
	}

	@Test
	public void e_deletingADepartmentAsksAndLeavesNoDanglingReference() throws Exception {
		show(DiagramKind.NETWORK);
		List<DeletionImpact> asked = new ArrayList<>();
		view.drawing().setDeletionQuestion(impact -> {
			asked.add(impact);
			return true;
		});
		view.canvas().select(waitForNode("HE"));
		key(SWT.DEL);
		edits++;
		assertNull(view.drawing().lastRefusal());
		assertEquals("the modeler was asked once", 1, asked.size());
		assertTrue("the links to HE are named", asked.get(0).referrers().size() >= 3);
		assertEquals("no HE left in County A", 0, count(text(), "HE"));
		StudyDocument model = CogovUiPlugin.get().documents().forDocument(document());
		List<Issue> issues;
		synchronized (model.lock()) {
			issues = model.validate(() -> false);
		}
		assertFalse(issues.toString(), issues.stream().anyMatch(i -> i.isSyntaxError()
				|| org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC.equals(i.getCode())));
		Workbench.waitUntil("HE gone from the diagram", 60_000, () -> node("HE") == null && node("DA") != null);
		Workbench.screenshot("drawing-after-edits");
	}

	@Test
	public void f_undoInTheDiagramGivesTheOriginalTextBack() {
		page.activate(view);
		for (int i = 0; i < edits; i++) {
			view.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		}
		assertEquals("the original text, byte for byte", original, text());
		for (IEditorPart other : page.getDirtyEditors()) {
			if (other != editor && other instanceof ITextEditor otherText) {
				otherText.doRevertToSaved(); // a rename or deletion reaching another file is undone there
			}
		}
		view.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId()).run();
		assertTrue("redo brings the first edit back", text().contains("department Dept1"));
		view.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		assertEquals(original, text());
	}

	@Test
	public void g_aNodeDraggedWithSelectStaysWhereItWasPutAndTheTextDoesNotChange() throws Exception {
		page.activate(editor);
		view.palette().choose(DrawingTool.SELECT);
		Workbench.waitUntil("the diagram to follow the undo", 60_000, () -> node("Dept1") == null && node("HE") != null);
		DiagramNode hr = waitForNode("HR");
		double zoom = view.canvas().zoom();
		double x = hr.bounds().x();
		double y = hr.bounds().y();
		int[] from = centre(hr);
		mouse(SWT.MouseDown, view.canvas(), from);
		mouse(SWT.MouseMove, view.canvas(), new int[] { from[0] + 30, from[1] + 20 });
		mouse(SWT.MouseMove, view.canvas(), new int[] { from[0] + 60, from[1] + 40 });
		mouse(SWT.MouseUp, view.canvas(), new int[] { from[0] + 60, from[1] + 40 });
		assertEquals(x + 60 / zoom, hr.bounds().x(), 1);
		assertEquals(y + 40 / zoom, hr.bounds().y(), 1);
		assertEquals("moving a node never touches the text", original, text());
		assertTrue("the place is kept beside the study file", java.nio.file.Files.readString(layoutFile).contains("network/CountyA/P2/actor\\:HR="));
		Workbench.screenshot("drawing-moved-node");

		show(DiagramKind.ROLE);
		show(DiagramKind.NETWORK);
		DiagramNode again = waitForNode("HR");
		assertTrue("a new diagram, laid out again", again != hr);
		assertEquals("the node is where it was put", x + 60 / zoom, again.bounds().x(), 1);
		assertEquals(y + 40 / zoom, again.bounds().y(), 1);
	}
}
