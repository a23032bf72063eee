/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.drawing;

import org.cogov.dsl.ide.drawing.Connection;

/**
 * The tools of the diagram palette: selecting, creating an element with a click, or connecting two elements by
 * dragging from the source to the target.
 */
public enum DrawingTool {
	SELECT(null),
	DEPARTMENT(null),
	ENTERPRISE(null),
	OTHER_ACTOR(null),
	DECISION_BODY(null),
	DECISION_ITEM(null),
	LINK(Connection.LINK),
	MEMBERSHIP(Connection.MEMBERSHIP),
	DECISION_RIGHT(Connection.DECISION_RIGHT);

	private final Connection connection;

	DrawingTool(Connection connection) {
		this.connection = connection;
	}

	/** The connection the tool draws, or null for a tool that creates with a click (or selects). */
	public Connection connection() {
		return connection;
	}

	public boolean creates() {
		return this != SELECT && connection == null;
	}

	public String label() {
		return switch (this) {
		case SELECT -> Messages.Tool_select;
		case DEPARTMENT -> Messages.Tool_department;
		case ENTERPRISE -> Messages.Tool_enterprise;
		case OTHER_ACTOR -> Messages.Tool_otherActor;
		case DECISION_BODY -> Messages.Tool_decisionBody;
		case DECISION_ITEM -> Messages.Tool_decisionItem;
		case LINK -> Messages.Tool_link;
		case MEMBERSHIP -> Messages.Tool_membership;
		case DECISION_RIGHT -> Messages.Tool_decisionRight;
		};
	}

	public String tip() {
		return switch (this) {
		case SELECT -> Messages.Tool_selectTip;
		case LINK, MEMBERSHIP, DECISION_RIGHT -> Messages.bind(Messages.Tool_connectTip, label());
		default -> Messages.bind(Messages.Tool_createTip, label());
		};
	}
}
