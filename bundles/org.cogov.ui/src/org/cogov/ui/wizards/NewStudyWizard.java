/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.wizards;

import org.cogov.analysis.rules.RuleSettings;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/**
 * File &gt; New &gt; CoGov Study: a project with the CoGov study nature holding {@code sources.cogov}, a first case
 * and {@code cogov-rules.properties}, each commented so that a researcher learns the language from them; the case
 * opens in the editor.
 */
public class NewStudyWizard extends BasicNewResourceWizard {

	private NewStudyPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
		super.init(workbench, currentSelection);
		setWindowTitle(Messages.StudyWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new NewStudyPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(page.projectName());
		StudySkeleton skeleton = new StudySkeleton(page.studyName(), page.language());
		String caseFile = StudySkeleton.caseFileName(page.caseName());
		StudyFilesOperation operation = new StudyFilesOperation(project, NLS.bind(Messages.StudyWizard_creating, page.studyName()))
				.file(StudySkeleton.SOURCES_FILE, skeleton.sources(page.studyLabel(), page.caseName()))
				.file(caseFile, skeleton.caseFile(page.caseName(), page.caseLabel(), StudySkeleton.Citations.NEW_STUDY))
				.file(RuleSettings.FILE_NAME, skeleton.rules());
		return WizardFinish.run(this, operation, operation.fileOf(caseFile), Messages.StudyWizard_failed);
	}
}
