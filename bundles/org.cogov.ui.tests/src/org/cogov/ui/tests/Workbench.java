/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.tests;

import java.io.File;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/** What the workbench tests share: waiting while the UI runs, markers of a file, screenshots. */
final class Workbench {

	private Workbench() {
	}

	/** Sends a mouse event of the first button to a control, as a user's hand would at that point. */
	static void mouse(Control control, int type, int[] at) {
		Event event = new Event();
		event.type = type;
		event.button = 1;
		event.x = at[0];
		event.y = at[1];
		control.notifyListeners(type, event);
	}

	/** Runs the event loop until the condition holds (or fails after the timeout). */
	static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.sleep();
				display.timerExec(50, () -> { });
			}
		}
	}

	/** Lets queued UI work and background jobs finish. */
	static void settle() {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + 30_000;
		do {
			while (display.readAndDispatch()) {
				// drain
			}
			try {
				Job.getJobManager().join(org.eclipse.core.resources.ResourcesPlugin.FAMILY_AUTO_BUILD, null);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		} while (!Job.getJobManager().isIdle() && System.currentTimeMillis() < end && sleep());
		while (display.readAndDispatch()) {
			// drain
		}
	}

	private static boolean sleep() {
		Display display = Display.getCurrent();
		for (int i = 0; i < 10; i++) {
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		}
		return true;
	}

	static IMarker[] markers(IFile file) {
		try {
			return file.findMarkers("org.cogov.ui.problem", true, IResource.DEPTH_ZERO);
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	static boolean hasMarker(IFile file, String code) {
		for (IMarker marker : markers(file)) {
			if (code.equals(marker.getAttribute("code", null))) {
				return true;
			}
		}
		return false;
	}

	/** Saves a picture of the whole workbench window into target/screenshots/NAME.png, for people to look at. */
	static File screenshot(String name) {
		settle();
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.redraw();
		shell.update();
		Display display = shell.getDisplay();
		org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		gc.copyArea(image, bounds.x, bounds.y);
		gc.dispose();
		File folder = new File("target/screenshots");
		folder.mkdirs();
		File file = new File(folder, name + ".png");
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(file.getAbsolutePath(), SWT.IMAGE_PNG);
		image.dispose();
		return file;
	}
}
