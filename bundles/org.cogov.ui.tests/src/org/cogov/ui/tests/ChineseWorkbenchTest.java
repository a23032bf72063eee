/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.cogov.ui.CogovPerspective;
import org.cogov.ui.analysis.AnalysisView;
import org.cogov.ui.diagram.DiagramView;
import org.cogov.ui.study.ExampleStudy;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.Test;

/**
 * The workbench started with {@code -nl zh} (a separate test run, see the pom): CoGov's views, toolbars and
 * results speak Chinese. Screenshots of the editor, the diagram view and the analysis view are saved.
 */
public class ChineseWorkbenchTest {

	@Test
	public void theStudioSpeaksChineseWithNlZh() throws Exception {
		assertEquals("started with -nl zh", "zh", Platform.getNL());
		IProject project = ExampleStudy.importInto(ResourcesPlugin.getWorkspace(), new NullProgressMonitor());
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(CogovPerspective.ID,
				PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1260, 900);
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, project.getFile("county-a.cogov"));
		DiagramView diagrams = (DiagramView) page.showView(DiagramView.ID);
		AnalysisView analysis = (AnalysisView) page.showView(AnalysisView.ID);
		page.activate(editor);
		String text = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		editor.selectAndReveal(text.indexOf("phase P2"), 0);

		assertEquals("CoGov \u7ed3\u6784\u56fe", diagrams.getPartName()); // CoGov 结构图
		assertEquals("CoGov \u5206\u6790", analysis.getPartName()); // CoGov 分析
		List<String> tools = Arrays.stream(diagrams.getViewSite().getActionBars().getToolBarManager().getItems())
				.filter(ActionContributionItem.class::isInstance).map(IContributionItem.class::cast)
				.map(item -> ((ActionContributionItem) item).getAction().getText()).toList();
		assertTrue(tools.toString(), tools.contains("\u89d2\u8272\u7ed3\u6784") && tools.contains("\u534f\u540c\u7f51\u7edc")); // 角色结构, 协同网络

		Workbench.waitUntil("the diagram of County A", 60_000, () -> diagrams.canvas().diagram() != null);
		Workbench.waitUntil("the analysis of County A", 60_000, () -> analysis.headline().contains("A\u53bf")); // A县
		Workbench.screenshot("zh-editor-diagram-analysis");
	}
}
