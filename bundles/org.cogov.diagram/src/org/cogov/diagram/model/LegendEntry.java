/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.model;

/**
 * One sample in a legend with its explanation: a node box, a line, or a marker badge. The layout sets its bounds
 * (sample and text together).
 */
public final class LegendEntry {

	/** What the sample looks like. */
	public enum Sample {
		/** A small node box of a kind, possibly flagged. */
		NODE,
		/** A short line of an edge kind and channel. */
		EDGE,
		/** A marker badge of a severity. */
		MARKER
	}

	private final Sample sample;
	private final NodeKind nodeKind;
	private final NodeFlag flag;
	private final EdgeKind edgeKind;
	private final Channel channel;
	private final Severity severity;
	private final String text;
	private Box bounds = Box.EMPTY;

	private LegendEntry(Sample sample, NodeKind nodeKind, NodeFlag flag, EdgeKind edgeKind, Channel channel,
			Severity severity, String text) {
		this.sample = sample;
		this.nodeKind = nodeKind;
		this.flag = flag;
		this.edgeKind = edgeKind;
		this.channel = channel;
		this.severity = severity;
		this.text = text;
	}

	/** A node sample. */
	public static LegendEntry node(NodeKind kind, String text) {
		return new LegendEntry(Sample.NODE, kind, null, null, Channel.NONE, null, text);
	}

	/** A node sample drawn with a flag, e.g. an isolated department. */
	public static LegendEntry node(NodeKind kind, NodeFlag flag, String text) {
		return new LegendEntry(Sample.NODE, kind, flag, null, Channel.NONE, null, text);
	}

	/** A line sample. */
	public static LegendEntry edge(EdgeKind kind, Channel channel, String text) {
		return new LegendEntry(Sample.EDGE, null, null, kind, channel, null, text);
	}

	/** A marker sample. */
	public static LegendEntry marker(Severity severity, String text) {
		return new LegendEntry(Sample.MARKER, null, null, null, Channel.NONE, severity, text);
	}

	/** What the sample looks like. */
	public Sample sample() {
		return sample;
	}

	/** The node kind of a NODE sample, else null. */
	public NodeKind nodeKind() {
		return nodeKind;
	}

	/** The flag of a NODE sample, or null. */
	public NodeFlag flag() {
		return flag;
	}

	/** The edge kind of an EDGE sample, else null. */
	public EdgeKind edgeKind() {
		return edgeKind;
	}

	/** The channel of an EDGE sample. */
	public Channel channel() {
		return channel;
	}

	/** The severity of a MARKER sample, else null. */
	public Severity severity() {
		return severity;
	}

	/** The explanation. */
	public String text() {
		return text;
	}

	/** The bounds of sample and text; empty before layout. */
	public Box bounds() {
		return bounds;
	}

	/** Sets the bounds (layout only). */
	public void setBounds(Box bounds) {
		this.bounds = bounds;
	}

	/** Whether the entry shows the same sample as another. */
	boolean sameSample(LegendEntry other) {
		return sample == other.sample && nodeKind == other.nodeKind && flag == other.flag && edgeKind == other.edgeKind
				&& channel == other.channel && severity == other.severity;
	}
}
