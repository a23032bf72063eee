/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.wizards;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/**
 * File &gt; New &gt; CoGov Case: adds a commented case file to an existing study, next to the file that holds the
 * study line, citing the study's own interviewees and documents where it has them; the case opens in the editor.
 */
public class NewCaseWizard extends BasicNewResourceWizard {

	private NewCasePage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
		super.init(workbench, currentSelection);
		setWindowTitle(Messages.CaseWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		Object first = getSelection() == null ? null : getSelection().getFirstElement();
		IResource selected = Adapters.adapt(first, IResource.class);
		IProject project = selected == null ? null : selected.getProject();
		page = new NewCasePage(project);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		ExistingStudy study = page.existing();
		StudySkeleton skeleton = new StudySkeleton(study.study(), page.language());
		String caseFile = StudySkeleton.caseFileName(page.caseName());
		StudyFilesOperation operation = new StudyFilesOperation(study.folder(), NLS.bind(Messages.CaseWizard_creating, page.caseName()))
				.file(caseFile, skeleton.caseFile(page.caseName(), page.caseLabel(), study.citations()));
		return WizardFinish.run(this, operation, operation.fileOf(caseFile), Messages.CaseWizard_failed);
	}
}
