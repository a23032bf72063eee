/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.wizards;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cogov.ui.CogovUiPlugin;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;

/**
 * What the new-case wizard needs to know of a study project, read from the text of its {@code .cogov} files
 * without parsing them: the study identifier (the first {@code study X} line), the folder of that file, the
 * cases, and the sources a new case can cite. Statements are recognised at the start of a line, so that comments
 * and quoted texts do not count.
 */
record ExistingStudy(String study, IContainer folder, Set<String> cases, List<String> government, List<String> enterprise,
		List<String> documents, List<String> observations) {

	private static final String ID = "([A-Za-z_][A-Za-z0-9_]*)"; //$NON-NLS-1$
	private static final Pattern STUDY = Pattern.compile("(?m)^\\s*study\\s+" + ID); //$NON-NLS-1$
	private static final Pattern CASE = Pattern.compile("(?m)^\\s*case\\s+" + ID); //$NON-NLS-1$
	private static final Pattern INTERVIEWEE = Pattern.compile("(?m)^\\s*interviewee\\s+" + ID + "\\b[^\\n]*?\\bside\\s+(government|enterprise)\\b"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Pattern DOCUMENT = Pattern.compile("(?m)^\\s*document\\s+" + ID); //$NON-NLS-1$
	private static final Pattern OBSERVATION = Pattern.compile("(?m)^\\s*observation\\s+" + ID); //$NON-NLS-1$

	/** Reads the study files of a project; the study is null when no file has a study line. */
	static ExistingStudy read(IProject project) {
		List<IFile> files = new ArrayList<>();
		try {
			project.accept(resource -> {
				if (resource instanceof IFile file && "cogov".equals(file.getFileExtension())) { //$NON-NLS-1$
					files.add(file);
				}
				return true;
			});
		} catch (CoreException e) {
			CogovUiPlugin.log("cannot list the files of " + project.getName(), e); //$NON-NLS-1$
		}
		files.sort((a, b) -> a.getFullPath().toString().compareTo(b.getFullPath().toString()));
		List<Map.Entry<IContainer, String>> texts = new ArrayList<>();
		for (IFile file : files) {
			texts.add(Map.entry(file.getParent(), text(file)));
		}
		return of(project, texts);
	}

	/** The study in texts of files, each with its folder, in path order; the default folder is the project's. */
	static ExistingStudy of(IContainer project, List<Map.Entry<IContainer, String>> files) {
		String study = null;
		IContainer folder = project;
		Set<String> cases = new LinkedHashSet<>();
		List<String> government = new ArrayList<>();
		List<String> enterprise = new ArrayList<>();
		List<String> documents = new ArrayList<>();
		List<String> observations = new ArrayList<>();
		for (Map.Entry<IContainer, String> file : files) {
			String text = file.getValue();
			Matcher studyLine = STUDY.matcher(text);
			if (study == null && studyLine.find()) {
				study = studyLine.group(1);
				folder = file.getKey();
			}
			collect(CASE, text, cases);
			Matcher interviewee = INTERVIEWEE.matcher(text);
			while (interviewee.find()) {
				("government".equals(interviewee.group(2)) ? government : enterprise).add(interviewee.group(1)); //$NON-NLS-1$
			}
			collect(DOCUMENT, text, documents);
			collect(OBSERVATION, text, observations);
		}
		return new ExistingStudy(study, folder, cases, government, enterprise, documents, observations);
	}

	private static void collect(Pattern pattern, String text, Collection<String> names) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
	}

	private static String text(IFile file) {
		try {
			return file.readString();
		} catch (CoreException e) {
			CogovUiPlugin.log("cannot read " + file.getFullPath(), e); //$NON-NLS-1$
			return ""; //$NON-NLS-1$
		}
	}

	/** Whether the study already has a case of this name (names are compared ignoring case, as file names are). */
	boolean hasCase(String name) {
		return cases.stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
	}

	/** The sources a new case cites: the study's own where it has them, else the names a new study declares. */
	StudySkeleton.Citations citations() {
		StudySkeleton.Citations standard = StudySkeleton.Citations.NEW_STUDY;
		return new StudySkeleton.Citations(pick(government, 0, standard.government()),
				pick(government, 1, standard.government2()), pick(enterprise, 0, standard.enterprise()),
				pick(enterprise, 1, standard.enterprise2()), documents.isEmpty() ? null : documents.get(0),
				observations.isEmpty() ? null : observations.get(0));
	}

	private static String pick(List<String> names, int index, String standard) {
		if (names.size() > index) {
			return names.get(index);
		}
		return names.isEmpty() ? standard : names.get(0);
	}

	/** The cited interviewees that the study does not declare (they would be reported as unresolved). */
	List<String> missingCitations() {
		StudySkeleton.Citations cited = citations();
		Set<String> missing = new LinkedHashSet<>();
		for (String name : List.of(cited.government(), cited.government2(), cited.enterprise(), cited.enterprise2())) {
			if (!government.contains(name) && !enterprise.contains(name)) {
				missing.add(name);
			}
		}
		return List.copyOf(missing);
	}
}
