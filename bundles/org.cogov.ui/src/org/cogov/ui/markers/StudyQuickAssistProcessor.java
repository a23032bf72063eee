/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.markers;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/** Ctrl+1 in the CoGov editor: the quick fixes of the findings at the caret. */
public class StudyQuickAssistProcessor implements IQuickAssistProcessor {

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof MarkerAnnotation marker && marker.getMarker().exists()
				&& marker.getMarker().getAttribute(StudyMarkers.CODE, null) != null;
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IAnnotationModel model = context.getSourceViewer().getAnnotationModel();
		List<ICompletionProposal> proposals = new ArrayList<>();
		if (model == null) {
			return new ICompletionProposal[0];
		}
		int offset = context.getOffset();
		StudyMarkerResolutions generator = new StudyMarkerResolutions();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			if (canFix(annotation) && position != null && position.includes(offset) || position != null && canFix(annotation)
					&& offset == position.getOffset() + position.getLength()) {
				IMarker marker = ((MarkerAnnotation) annotation).getMarker();
				for (IMarkerResolution resolution : generator.getResolutions(marker)) {
					proposals.add(new ResolutionProposal(marker, resolution));
				}
			}
		}
		return proposals.toArray(new ICompletionProposal[0]);
	}

	/** A marker resolution shown as a completion proposal. */
	private record ResolutionProposal(IMarker marker, IMarkerResolution resolution) implements ICompletionProposal {

		@Override
		public void apply(IDocument document) {
			resolution.run(marker);
		}

		@Override
		public Point getSelection(IDocument document) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return resolution instanceof IMarkerResolution2 r ? r.getDescription() : null;
		}

		@Override
		public String getDisplayString() {
			return resolution.getLabel();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
