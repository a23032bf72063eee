/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.drawing;

import java.util.Locale;
import java.util.function.Consumer;

import org.cogov.model.Actor;
import org.cogov.model.CollaborationLink;
import org.cogov.model.DecisionRight;
import org.cogov.model.LinkKind;
import org.cogov.model.NamedElement;
import org.cogov.model.RightKind;
import org.cogov.model.RoleKind;
import org.cogov.ui.diagram.DiagramCanvas;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/**
 * The diagram's context menu on the element under the pointer: rename and delete; a link's kind, a decision
 * right's kind, and a role for an actor in the phase shown.
 */
public final class DiagramMenu {

	private final DiagramCanvas canvas;
	private final DrawingGesture gesture;
	private final DiagramDrawing drawing;

	public DiagramMenu(DiagramCanvas canvas, DrawingGesture gesture, DiagramDrawing drawing) {
		this.canvas = canvas;
		this.gesture = gesture;
		this.drawing = drawing;
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fill);
		canvas.control().setMenu(menu.createContextMenu(canvas.control()));
		canvas.control().addListener(SWT.MenuDetect, this::selectUnderPointer);
	}

	/** A right click selects what it is on, so the menu is about that element. */
	private void selectUnderPointer(Event event) {
		org.eclipse.swt.graphics.Point at = canvas.control().toControl(event.x, event.y);
		Object item = canvas.itemAt(at.x, at.y);
		if (item != null) {
			canvas.select(item);
		}
	}

	/** Fills the menu for the selected element; public so that tests see what a modeler sees. */
	public void fill(IMenuManager menu) {
		EObject element = gesture.selectedElement();
		if (element == null) {
			return;
		}
		if (element instanceof NamedElement) {
			menu.add(action(Messages.Menu_rename, e -> gesture.renameInPlace(), element));
		}
		menu.add(action(Messages.Menu_delete, drawing::delete, element));
		if (element instanceof CollaborationLink link) {
			menu.add(new Separator());
			menu.add(choices(Messages.Menu_linkKind, LinkKind.values(), link.getKind(), kind -> drawing.setLinkKind(link, kind)));
		} else if (element instanceof DecisionRight right) {
			menu.add(new Separator());
			menu.add(choices(Messages.Menu_rightKind, RightKind.values(), right.getKind(), kind -> drawing.setRightKind(right, kind)));
		} else if (element instanceof Actor actor) {
			menu.add(new Separator());
			menu.add(choices(Messages.Menu_assignRole, RoleKind.values(), null, role -> drawing.assignRole(actor, role)));
		}
	}

	private static IAction action(String label, Consumer<EObject> run, EObject element) {
		return new Action(label) {
			@Override
			public void run() {
				run.accept(element);
			}
		};
	}

	/** A submenu of the values of an enumeration, in the words the CoGov language spells them, the current one checked. */
	private static <E extends Enum<E>> MenuManager choices(String label, E[] values, E current, Consumer<E> choose) {
		MenuManager submenu = new MenuManager(label);
		for (E value : values) {
			Action action = new Action(value.name().toLowerCase(Locale.ROOT).replace('_', '-'),
					current == null ? IAction.AS_PUSH_BUTTON : IAction.AS_RADIO_BUTTON) {
				@Override
				public void run() {
					if (value != current && (current == null || isChecked())) { // a radio item also reports being unchecked
						choose.accept(value);
					}
				}
			};
			action.setChecked(value == current);
			submenu.add(action);
		}
		return submenu;
	}
}
