/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.style;

import static org.cogov.diagram.style.Colour.rgb;

import org.cogov.diagram.model.Channel;
import org.cogov.diagram.model.EdgeKind;
import org.cogov.diagram.model.GroupKind;
import org.cogov.diagram.model.NodeFlag;
import org.cogov.diagram.model.NodeKind;
import org.cogov.diagram.model.Severity;

/**
 * The visual language shared by all diagrams, the legend and every painter (SVG, PNG, and the workbench's SWT
 * canvas): one fill per node kind (actors by kind, the data authority emphasised), one line style per relation
 * (collaboration links: data sharing solid, joint project dashed, joint decision dotted, joint service dash-dot,
 * secondment double; decision rights from a light dotted "consulted" to a heavy "final"), and platform-mediated
 * links blue while direct links are orange, a pair that stays apart for colour-blind readers.
 */
public final class DiagramStyle {

	/** The picture's background. */
	public static final Colour BACKGROUND = Colour.WHITE;
	/** Title and general text. */
	public static final Colour INK = rgb(0x1a202c);
	/** Secondary text. */
	public static final Colour MUTED = rgb(0x4a5568);
	/** The background behind edge labels, so that lines under them do not cross the text. */
	public static final Colour LABEL_BACKGROUND = Colour.WHITE.withAlpha(230);
	/** Platform-mediated collaboration. */
	public static final Colour PLATFORM = rgb(0x1f6fb2);
	/** Direct collaboration. */
	public static final Colour DIRECT = rgb(0xc2410c);

	private static final double RADIUS = 6;

	private DiagramStyle() {
	}

	/** The style of a node kind. */
	public static NodeStyle node(NodeKind kind) {
		return switch (kind) {
		case DEPARTMENT -> box(0xdbeafe, 0x2b6cb0, INK);
		case DATA_AUTHORITY -> new NodeStyle(rgb(0x1e4e8c), Stroke.solid(rgb(0x0b2545), 2.5), Colour.WHITE, RADIUS);
		case ENTERPRISE -> box(0xfde2c4, 0xc05621, INK);
		case OTHER_ACTOR -> box(0xe2e8f0, 0x4a5568, INK);
		case DECISION_BODY -> box(0xe9d8fd, 0x6b46c1, INK);
		case DECISION_ITEM -> box(0xfefcbf, 0xa67c00, INK);
		case RESPONSIBILITY -> box(0xe6fffa, 0x2c7a7b, INK);
		case BENEFIT_POOL -> box(0xe3f9e5, 0x2f855a, INK);
		case FACTOR_TECHNOLOGICAL -> box(0xccfbf1, 0x0f766e, INK);
		case FACTOR_ORGANISATIONAL -> box(0xe0e7ff, 0x4338ca, INK);
		case FACTOR_INSTITUTIONAL -> box(0xfae8ff, 0xa21caf, INK);
		case STRUCTURE -> new NodeStyle(rgb(0x2d3748), Stroke.solid(rgb(0x1a202c), 2.5), Colour.WHITE, RADIUS);
		case MECHANISM -> box(0xdcfce7, 0x15803d, INK);
		case DIFFICULTY -> box(0xfee2e2, 0xb91c1c, INK);
		case COLLABORATION -> new NodeStyle(rgb(0xdbeafe), Stroke.solid(rgb(0x1d4ed8), 2.5), INK, RADIUS);
		case OUTCOME -> box(0xfef3c7, 0xa16207, INK);
		};
	}

	private static NodeStyle box(int fill, int border, Colour text) {
		return new NodeStyle(rgb(fill), Stroke.solid(rgb(border), 1.4), text, RADIUS);
	}

	/** The style of a node of a kind with flags: dashed border for isolates and negatives, heavier for the lead. */
	public static NodeStyle node(NodeKind kind, Iterable<NodeFlag> flags) {
		NodeStyle style = node(kind);
		for (NodeFlag flag : flags) {
			Stroke border = style.border();
			style = switch (flag) {
			case ISOLATE, NEGATIVE -> style.with(style.fill(), Stroke.dashed(border.colour(), Math.max(border.width(), 1.8), 6.0, 4.0));
			case LEAD -> style.with(style.fill(), border.withWidth(3.5));
			case IMPLIED -> style.with(style.fill().withAlpha(140), Stroke.dashed(border.colour(), border.width(), 3.0, 3.0));
			};
		}
		return style;
	}

	/** The style of an edge kind; collaboration links are coloured by their channel. */
	public static EdgeStyle edge(EdgeKind kind, Channel channel) {
		Colour link = channel == Channel.DIRECT ? DIRECT : PLATFORM;
		return switch (kind) {
		case ACCOUNTABLE -> new EdgeStyle(Stroke.solid(rgb(0x1e3a5f), 2.4), ArrowHead.FILLED);
		case RESPONSIBLE -> new EdgeStyle(Stroke.dashed(rgb(0x2c7a7b), 1.4, 6.0, 4.0), ArrowHead.OPEN);
		case BENEFIT -> new EdgeStyle(Stroke.solid(rgb(0x2f855a), 1.8), ArrowHead.FILLED);
		case CHAIR -> new EdgeStyle(Stroke.solid(rgb(0x553c9a), 2.6), ArrowHead.FILLED);
		case VOTING_MEMBER -> new EdgeStyle(Stroke.solid(rgb(0x9f7aea), 1.3), ArrowHead.OPEN);
		case NON_VOTING_MEMBER -> new EdgeStyle(Stroke.dashed(rgb(0x9f7aea), 1.3, 2.0, 3.0), ArrowHead.OPEN);
		case PROPOSE -> new EdgeStyle(Stroke.dashed(rgb(0x4a5568), 1.5, 7.0, 4.0), ArrowHead.OPEN);
		case CONSULTED -> new EdgeStyle(Stroke.dashed(rgb(0x718096), 1.5, 2.0, 3.0), ArrowHead.OPEN);
		case CO_DECIDE -> new EdgeStyle(Stroke.solid(rgb(0x2b6cb0), 1.8), ArrowHead.FILLED);
		case FINAL -> new EdgeStyle(Stroke.solid(rgb(0x1a202c), 2.6), ArrowHead.FILLED);
		case VETO -> new EdgeStyle(Stroke.solid(rgb(0xc53030), 2.6), ArrowHead.BAR);
		case EXECUTE -> new EdgeStyle(Stroke.dashed(rgb(0x2f855a), 1.6, 8.0, 3.0, 2.0, 3.0), ArrowHead.OPEN);
		case DATA_SHARING -> new EdgeStyle(Stroke.solid(link, 2.0), ArrowHead.FILLED);
		case JOINT_PROJECT -> new EdgeStyle(Stroke.dashed(link, 2.0, 8.0, 4.0), ArrowHead.FILLED);
		case JOINT_DECISION -> new EdgeStyle(Stroke.dashed(link, 2.4, 2.0, 4.0), ArrowHead.FILLED);
		case JOINT_SERVICE -> new EdgeStyle(Stroke.dashed(link, 2.0, 9.0, 3.5, 2.0, 3.5), ArrowHead.FILLED);
		case SECONDMENT -> new EdgeStyle(Stroke.doubleLine(link, 1.6), ArrowHead.FILLED);
		case ENABLES -> new EdgeStyle(Stroke.solid(rgb(0x0f766e), 2.0), ArrowHead.FILLED);
		case CONSTRAINS -> new EdgeStyle(Stroke.dashed(rgb(0xb91c1c), 2.0, 7.0, 4.0), ArrowHead.BAR);
		case WORKS_THROUGH -> new EdgeStyle(Stroke.solid(rgb(0x2d3748), 2.0), ArrowHead.FILLED);
		case ADDRESSES -> new EdgeStyle(Stroke.solid(rgb(0x15803d), 1.8), ArrowHead.FILLED);
		case PROMOTES -> new EdgeStyle(Stroke.solid(rgb(0x1d4ed8), 2.0), ArrowHead.FILLED);
		case OBSERVED_AS -> new EdgeStyle(Stroke.dashed(rgb(0xa16207), 1.6, 2.0, 3.0), ArrowHead.OPEN);
		};
	}

	/** The style of a group container. */
	public static GroupStyle group(GroupKind kind) {
		return switch (kind) {
		case GOVERNMENT -> group(0xf0f6ff, 0x90b4e0);
		case ENTERPRISES -> group(0xfff7ed, 0xe8b07a);
		case OTHER_ACTORS -> group(0xf7fafc, 0xa0aec0);
		};
	}

	private static GroupStyle group(int fill, int border) {
		return new GroupStyle(rgb(fill), Stroke.solid(rgb(border), 1.2), MUTED);
	}

	/** The colour of a marker badge. */
	public static Colour marker(Severity severity) {
		return switch (severity) {
		case ERROR -> rgb(0xc53030);
		case RISK -> rgb(0x97266d);
		case WARNING -> rgb(0xd69e2e);
		case INFO -> rgb(0x3182ce);
		};
	}
}
