/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.markers;

import java.util.List;

import org.cogov.dsl.ide.editing.Formatting;
import org.cogov.dsl.ide.editing.QuickFixes;
import org.cogov.dsl.ide.editing.StudyDocument;
import org.cogov.ui.CogovUiPlugin;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.graphics.Image;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * Quick fixes of governance rules from the Problems view and the editor (Ctrl+1): the fixes of
 * {@link QuickFixes} applied to the file's document — the open editor's if there is one (the file becomes dirty
 * and the change can be undone), otherwise the file is changed and saved.
 */
public class StudyMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return getResolutions(marker).length > 0;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file)) {
			return new IMarkerResolution[0];
		}
		StudyDocument document = CogovUiPlugin.get().documents().forFile(file);
		String code = marker.getAttribute(StudyMarkers.CODE, null);
		String element = marker.getAttribute(StudyMarkers.ELEMENT, null);
		if (document == null || code == null || element == null) {
			return new IMarkerResolution[0];
		}
		if (document.resource() == null) {
			document.update(read(file));
		}
		List<QuickFixes.Fix> fixes = QuickFixes.forIssue(document, code, element);
		return fixes.stream().map(fix -> new Resolution(file, fix)).toArray(IMarkerResolution[]::new);
	}

	private static String read(IFile file) {
		try (var in = file.getContents()) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		} catch (java.io.IOException | CoreException e) {
			return ""; //$NON-NLS-1$
		}
	}

	/** One fix, applied through the file buffer so an open editor sees it at once. */
	static final class Resolution implements IMarkerResolution2 {
		private final IFile file;
		private final QuickFixes.Fix fix;

		Resolution(IFile file, QuickFixes.Fix fix) {
			this.file = file;
			this.fix = fix;
		}

		@Override
		public String getLabel() {
			return fix.label();
		}

		@Override
		public String getDescription() {
			return fix.description();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			apply(file, fix.edits());
		}
	}

	/** Applies edits to the file's shared document; saves only if no editor had the file open. */
	public static void apply(IFile file, List<Formatting.Edit> edits) {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		boolean wasOpen = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) != null;
		try {
			manager.connect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
			ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
			IDocument document = buffer.getDocument();
			MultiTextEdit change = new MultiTextEdit();
			edits.forEach(edit -> change.addChild(new ReplaceEdit(edit.offset(), edit.length(), edit.text())));
			change.apply(document);
			if (!wasOpen) {
				buffer.commit(new NullProgressMonitor(), true);
			}
		} catch (CoreException | MalformedTreeException | BadLocationException e) {
			CogovUiPlugin.log("the quick fix could not be applied to " + file.getName(), e); //$NON-NLS-1$
		} finally {
			try {
				manager.disconnect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
			} catch (CoreException e) {
				CogovUiPlugin.log("cannot release " + file.getName(), e); //$NON-NLS-1$
			}
		}
	}
}
