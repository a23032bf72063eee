/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.wizards;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cogov.ui.CogovUiPlugin;
import org.cogov.ui.markers.StudyNature;
import org.cogov.ui.wizards.StudySkeleton.CommentLanguage;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The page of the new-case wizard: the study project (preset from the selection), the study it holds, the case's
 * identifier and label, and the language of the comments.
 */
final class NewCasePage extends WizardPage {

	private final IProject initial;
	private List<IProject> projects;
	private Combo project;
	private Text study;
	private Text caseName;
	private Text caseLabel;
	private LanguageChoice language;
	private ExistingStudy existing;

	NewCasePage(IProject initial) {
		super("case"); //$NON-NLS-1$
		this.initial = initial;
		setTitle(Messages.CasePage_title);
		setDescription(Messages.CasePage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		new Label(page, SWT.NONE).setText(Messages.CasePage_project);
		project = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(project);
		study = NewStudyPage.field(page, Messages.CasePage_study);
		study.setEditable(false);
		NewStudyPage.separator(page);
		caseName = NewStudyPage.field(page, Messages.CasePage_case);
		caseLabel = NewStudyPage.field(page, Messages.StudyPage_caseLabel);
		NewStudyPage.separator(page);
		language = new LanguageChoice(page);
		Label hint = new Label(page, SWT.WRAP);
		hint.setText(Messages.Page_identifierHint);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).indent(0, 10).applyTo(hint);

		projects = studyProjects();
		project.setItems(projects.stream().map(IProject::getName).toArray(String[]::new));
		int index = projects.indexOf(initial);
		project.select(index >= 0 ? index : 0);
		project.addModifyListener(e -> projectChanged());
		caseName.addModifyListener(e -> validate());
		setControl(page);
		Dialog.applyDialogFont(page);
		projectChanged();
		caseName.setFocus();
	}

	/** Open projects with the study nature or with a CoGov file at their top level. */
	private static List<IProject> studyProjects() {
		List<IProject> found = new ArrayList<>();
		for (IProject candidate : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			try {
				if (candidate.isOpen() && (candidate.hasNature(StudyNature.ID) || Arrays.stream(candidate.members())
						.anyMatch(r -> r.getType() == IResource.FILE && "cogov".equals(r.getFileExtension())))) { //$NON-NLS-1$
					found.add(candidate);
				}
			} catch (CoreException e) {
				CogovUiPlugin.log("cannot inspect " + candidate.getName(), e); //$NON-NLS-1$
			}
		}
		return found;
	}

	private void projectChanged() {
		IProject chosen = project();
		existing = chosen == null ? null : ExistingStudy.read(chosen);
		study.setText(existing == null || existing.study() == null ? "" : existing.study()); //$NON-NLS-1$
		validate();
	}

	private void validate() {
		String error = problem();
		setErrorMessage(error);
		if (error == null && existing != null && !existing.missingCitations().isEmpty()) {
			setMessage(NLS.bind(Messages.CasePage_missingSources, String.join(", ", existing.missingCitations())), //$NON-NLS-1$
					IMessageProvider.WARNING);
		} else {
			setMessage(null);
		}
		setPageComplete(error == null && !caseName().isEmpty());
	}

	private String problem() {
		if (projects.isEmpty()) {
			return Messages.CasePage_noProjects;
		}
		if (existing == null || existing.study() == null) {
			return NLS.bind(Messages.CasePage_noStudy, project.getText());
		}
		String name = caseName();
		String problem = StudyNames.caseProblem(name);
		if (problem != null) {
			return problem;
		}
		if (!name.isEmpty() && existing.hasCase(name)) {
			return NLS.bind(Messages.CasePage_caseExists, name);
		}
		if (!name.isEmpty() && existing.folder().getFile(new Path(StudySkeleton.caseFileName(name))).exists()) {
			return NLS.bind(Messages.CasePage_fileExists, StudySkeleton.caseFileName(name));
		}
		return null;
	}

	IProject project() {
		int index = project.getSelectionIndex();
		return index < 0 || index >= projects.size() ? null : projects.get(index);
	}

	ExistingStudy existing() {
		return existing;
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
