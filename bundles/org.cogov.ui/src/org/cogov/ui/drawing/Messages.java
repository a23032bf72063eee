/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.drawing;

import org.eclipse.osgi.util.NLS;

/** The diagram palette's words, in English and Chinese. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.cogov.ui.drawing.messages"; //$NON-NLS-1$

	public static String Tool_select;
	public static String Tool_selectTip;
	public static String Tool_department;
	public static String Tool_enterprise;
	public static String Tool_otherActor;
	public static String Tool_decisionBody;
	public static String Tool_decisionItem;
	public static String Tool_link;
	public static String Tool_membership;
	public static String Tool_decisionRight;
	public static String Tool_createTip;
	public static String Tool_connectTip;
	public static String Menu_rename;
	public static String Menu_delete;
	public static String Menu_linkKind;
	public static String Menu_rightKind;
	public static String Menu_assignRole;
	public static String Edit_noCase;
	public static String Edit_noPhase;
	public static String Edit_notACreationTool;
	public static String Edit_notAConnectionTool;
	public static String Edit_cannotRename;
	public static String Edit_elementGone;
	public static String Edit_startOnNode;
	public static String Edit_stale;
	public static String Edit_cannotOpen;
	public static String Edit_notInWorkspace;
	public static String Edit_deleteTitle;
	public static String Edit_deleteQuestion;
	public static String Edit_deleteAndRemove;
	public static String Edit_cancel;
	public static String Edit_andMore;
	public static String Edit_positionNotKept;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
