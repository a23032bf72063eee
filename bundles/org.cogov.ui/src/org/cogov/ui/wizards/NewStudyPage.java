/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.wizards;


import org.cogov.ui.wizards.StudySkeleton.CommentLanguage;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The one page of the new-study wizard: project name, study identifier (proposed from the project name until the
 * researcher edits it) and label, the first case's identifier and label, and the language of the comments.
 */
final class NewStudyPage extends WizardPage {

	private Text project;
	private Text study;
	private Text studyLabel;
	private Text caseName;
	private Text caseLabel;
	private LanguageChoice language;
	private boolean studyEdited;
	private boolean proposing;

	NewStudyPage() {
		super("study"); //$NON-NLS-1$
		setTitle(Messages.StudyPage_title);
		setDescription(Messages.StudyPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		project = field(page, Messages.StudyPage_project);
		study = field(page, Messages.StudyPage_study);
		studyLabel = field(page, Messages.StudyPage_label);
		separator(page);
		caseName = field(page, Messages.StudyPage_case);
		caseName.setText("CountyA"); //$NON-NLS-1$
		caseLabel = field(page, Messages.StudyPage_caseLabel);
		separator(page);
		language = new LanguageChoice(page);
		Label hint = new Label(page, SWT.WRAP);
		hint.setText(Messages.Page_identifierHint);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).indent(0, 10).applyTo(hint);

		project.addModifyListener(e -> {
			if (!studyEdited) {
				proposing = true;
				study.setText(StudyNames.fromProjectName(project.getText().strip()));
				proposing = false;
			}
			validate();
		});
		study.addModifyListener(e -> {
			studyEdited |= !proposing;
			validate();
		});
		caseName.addModifyListener(e -> validate());
		setControl(page);
		Dialog.applyDialogFont(page);
		setPageComplete(false);
		project.setFocus();
	}

	static Text field(Composite page, String label) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return text;
	}

	static void separator(Composite page) {
		GridDataFactory.fillDefaults().span(2, 1).hint(SWT.DEFAULT, 4).applyTo(new Label(page, SWT.NONE));
	}

	private void validate() {
		String error = problem();
		setErrorMessage(error);
		setPageComplete(error == null && !projectName().isEmpty() && !studyName().isEmpty() && !caseName().isEmpty());
	}

	private String problem() {
		String name = projectName();
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		if (!name.isEmpty()) {
			IStatus status = workspace.validateName(name, IResource.PROJECT);
			if (!status.isOK()) {
				return status.getMessage();
			}
			if (workspace.getRoot().getProject(name).exists()) {
				return NLS.bind(Messages.StudyPage_projectExists, name);
			}
			if (workspace.getRoot().getLocation().append(name).toFile().exists()) {
				return NLS.bind(Messages.StudyPage_folderExists, workspace.getRoot().getLocation().append(name).toOSString());
			}
		}
		if (!name.isEmpty() && studyName().isEmpty()) {
			return Messages.StudyPage_studyEmpty;
		}
		if (!name.isEmpty() && caseName().isEmpty()) {
			return Messages.Page_caseEmpty;
		}
		String problem = StudyNames.problem(studyName());
		if (problem == null) {
			problem = StudyNames.caseProblem(caseName());
		}
		return problem;
	}

	String projectName() {
		return project.getText().strip();
	}

	String studyName() {
		return study.getText().strip();
	}

	String studyLabel() {
		return studyLabel.getText().strip();
	}

	String caseName() {
		return caseName.getText().strip();
	}

	String caseLabel() {
		return caseLabel.getText().strip();
	}

	CommentLanguage language() {
		return language.language();
	}
}
