/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.ui.CogovUiPlugin;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ControlContribution;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;

/** The diagram view's toolbar: the kind, the phase, zoom, fit and export to SVG or PNG. */
final class DiagramToolbar {

	private final DiagramView view;
	private final Map<DiagramKind, Action> kinds = new EnumMap<>(DiagramKind.class);
	private final List<String> phases = new ArrayList<>();
	private Combo phaseCombo;

	DiagramToolbar(DiagramView view, IToolBarManager toolbar) {
		this.view = view;
		for (DiagramKind kind : DiagramKind.values()) {
			Action action = new Action(kindLabel(kind), IAction.AS_RADIO_BUTTON) {
				@Override
				public void run() {
					if (isChecked()) {
						view.showKind(kind);
					}
				}
			};
			action.setChecked(kind == view.kind());
			kinds.put(kind, action);
			toolbar.add(action);
		}
		toolbar.add(new Separator());
		toolbar.add(new PhaseSelector());
		toolbar.add(new Separator());
		toolbar.add(action(Messages.Diagram_zoomIn, Messages.Diagram_zoomInTip, "zoom-in", () -> view.canvas().zoomIn())); //$NON-NLS-1$
		toolbar.add(action(Messages.Diagram_zoomOut, Messages.Diagram_zoomOutTip, "zoom-out", () -> view.canvas().zoomOut())); //$NON-NLS-1$
		toolbar.add(action(Messages.Diagram_fit, Messages.Diagram_fitTip, "fit", () -> view.canvas().fit())); //$NON-NLS-1$
		toolbar.add(action(Messages.Diagram_actualSize, Messages.Diagram_actualSizeTip, "actual-size", () -> view.canvas().actualSize())); //$NON-NLS-1$
		toolbar.add(new Separator());
		toolbar.add(action(Messages.Diagram_export, Messages.Diagram_exportTip, "export", this::export)); //$NON-NLS-1$
	}

	/** The kind in the user's language. */
	static String kindLabel(DiagramKind kind) {
		return switch (kind) {
		case ROLE -> Messages.Diagram_kindRole;
		case DECISION -> Messages.Diagram_kindDecision;
		case NETWORK -> Messages.Diagram_kindNetwork;
		case PATH -> Messages.Diagram_kindPath;
		};
	}

	void kindChanged(DiagramKind kind) {
		kinds.forEach((k, action) -> action.setChecked(k == kind));
	}

	/** Offers the phases of the case shown; the first entry stands for the current phase. */
	void phasesChanged(List<String> names, String selected) {
		if (phases.equals(names) && phaseCombo != null && !phaseCombo.isDisposed()) {
			return;
		}
		phases.clear();
		phases.addAll(names);
		if (phaseCombo == null || phaseCombo.isDisposed()) {
			return;
		}
		List<String> items = new ArrayList<>();
		items.add(Messages.Diagram_currentPhase);
		items.addAll(names);
		phaseCombo.setItems(items.toArray(String[]::new));
		int index = selected == null ? 0 : names.indexOf(selected) + 1;
		phaseCombo.select(Math.max(0, index));
		phaseCombo.getParent().layout(true);
	}

	private void export() {
		Diagram diagram = view.canvas().diagram();
		if (diagram == null) {
			return;
		}
		FileDialog dialog = new FileDialog(view.getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.svg", "*.png" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { Messages.Diagram_svgFiles, Messages.Diagram_pngFiles });
		dialog.setFileName(fileName(diagram));
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		if (!chosen.toLowerCase().endsWith(".svg") && !chosen.toLowerCase().endsWith(".png")) { //$NON-NLS-1$ //$NON-NLS-2$
			file = Path.of(chosen + (dialog.getFilterIndex() == 1 ? ".png" : ".svg")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		try {
			view.export(file);
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(view.getSite().getShell(), Messages.Diagram_exportFailedTitle,
					NLS.bind(Messages.Diagram_exportFailed, file, e.getMessage()));
		}
	}

	private String fileName(Diagram diagram) {
		String caseName = view.shownCase() == null ? "case" : view.shownCase().getName(); //$NON-NLS-1$
		return caseName + "-" + diagram.kind().name().toLowerCase() + ".svg"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Action action(String text, String tooltip, String icon, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(tooltip);
		ResourceLocator.imageDescriptorFromBundle(CogovUiPlugin.ID, "icons/" + icon + ".png") //$NON-NLS-1$ //$NON-NLS-2$
				.ifPresent(action::setImageDescriptor);
		return action;
	}

	/** The phase combo in the toolbar. */
	private final class PhaseSelector extends ControlContribution {
		PhaseSelector() {
			super("org.cogov.ui.diagram.phase"); //$NON-NLS-1$
		}

		@Override
		protected Control createControl(Composite parent) {
			phaseCombo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
			phaseCombo.setToolTipText(Messages.Diagram_phaseTip);
			phaseCombo.setItems(Messages.Diagram_currentPhase);
			phaseCombo.select(0);
			phaseCombo.addListener(SWT.Selection, e -> {
				int index = phaseCombo.getSelectionIndex();
				view.showPhase(index <= 0 ? null : phases.get(index - 1));
			});
			return phaseCombo;
		}
	}
}
