/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.cogov.diagram.model.Box;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramGroup;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.model.Point;
import org.cogov.diagram.style.Fonts;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * ELK layered with orthogonal edges and edge labels placed by ELK, for the role, decision and path diagrams;
 * columns, direction and label places come from {@link LayeredProfile}. Every edge end gets its own port on the
 * side the flow enters or leaves, so that ends spread along the side instead of meeting in one point. Groups
 * become compound nodes laid out together with the rest (INCLUDE_CHILDREN), so that edges leave a group straight
 * to their targets. A fixed random seed and the model order make the same model always give the same picture.
 */
final class LayeredLayout {

	private static final double NODE_SPACING = 18;
	private static final double LAYER_SPACING = 44;

	private LayeredLayout() {
	}

	static void layout(Diagram diagram, TextMeasure measure) {
		ElkSetup.ensureRegistered();
		DiagramKind kind = diagram.kind();
		ElkNode root = ElkGraphUtil.createGraph();
		Direction direction = LayeredProfile.direction(kind);
		configure(root, direction, !diagram.groups().isEmpty());
		root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, LayeredProfile.keepModelOrder(kind));
		Map<DiagramGroup, ElkNode> groups = new IdentityHashMap<>();
		for (DiagramGroup group : diagram.groups()) {
			groups.put(group, group(root, group, kind, measure));
		}
		Map<DiagramNode, ElkNode> nodes = new IdentityHashMap<>();
		for (DiagramNode node : diagram.nodes()) {
			nodes.put(node, node(node.group() == null ? root : groups.get(node.group()), node, kind));
		}
		Map<DiagramEdge, ElkEdge> edges = new IdentityHashMap<>();
		for (DiagramEdge edge : diagram.edges()) {
			edges.put(edge, edge(edge, nodes.get(edge.source()), nodes.get(edge.target()), direction));
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		groups.forEach((group, elk) -> group.setBounds(absolute(elk)));
		nodes.forEach((node, elk) -> node.setBounds(absolute(elk)));
		edges.forEach(LayeredLayout::copyRoute);
	}

	/** A compound node with room for the group's title band, at least as wide as the title. */
	private static ElkNode group(ElkNode root, DiagramGroup group, DiagramKind kind, TextMeasure measure) {
		ElkNode elk = ElkGraphUtil.createNode(root);
		ElkPadding padding = new ElkPadding();
		padding.setTop(NodeMetrics.GROUP_TITLE_BAND + 2);
		padding.setLeft(NodeMetrics.GROUP_PAD);
		padding.setRight(NodeMetrics.GROUP_PAD);
		padding.setBottom(NodeMetrics.GROUP_PAD);
		elk.setProperty(CoreOptions.PADDING, padding);
		elk.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, SizeConstraint.minimumSize());
		double titleWidth = measure.width(group.title(), Fonts.GROUP_TITLE, true) + 2 * NodeMetrics.GROUP_PAD;
		elk.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(titleWidth, 0));
		elk.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
		if (!group.members().isEmpty()) {
			elk.setProperty(LayeredOptions.PARTITIONING_PARTITION, LayeredProfile.column(kind, group.members().get(0).kind()));
		}
		return elk;
	}

	/** A node of its measured size, which may grow to fit its edge ends, in its kind's column. */
	private static ElkNode node(ElkNode parent, DiagramNode node, DiagramKind kind) {
		ElkNode elk = ElkGraphUtil.createNode(parent);
		elk.setWidth(node.bounds().width());
		elk.setHeight(node.bounds().height());
		elk.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_SIDE);
		elk.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.PORTS, SizeConstraint.MINIMUM_SIZE));
		elk.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(node.bounds().width(), node.bounds().height()));
		elk.setProperty(LayeredOptions.PARTITIONING_PARTITION, LayeredProfile.column(kind, node.kind()));
		if (node.group() == null) {
			elk.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayeredProfile.constraint(kind, node.kind()));
		}
		return elk;
	}

	/** An edge between two new ports on the sides the flow leaves and enters, with its label if any. */
	private static ElkEdge edge(DiagramEdge edge, ElkNode source, ElkNode target, Direction direction) {
		ElkEdge elk = ElkGraphUtil.createSimpleEdge(port(source, outSide(direction)), port(target, outSide(direction).opposed()));
		if (edge.labelBounds() != null) {
			ElkLabel label = ElkGraphUtil.createLabel(edge.label(), elk);
			label.setWidth(edge.labelBounds().width());
			label.setHeight(edge.labelBounds().height());
			label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, LayeredProfile.labelPlacement(edge.kind()));
		}
		return elk;
	}

	private static ElkPort port(ElkNode node, PortSide side) {
		ElkPort port = ElkGraphUtil.createPort(node);
		port.setProperty(CoreOptions.PORT_SIDE, side);
		return port;
	}

	/** The side edges leave a node on. */
	private static PortSide outSide(Direction direction) {
		return direction == Direction.DOWN ? PortSide.SOUTH : PortSide.EAST;
	}

	private static void configure(ElkNode root, Direction direction, boolean hierarchical) {
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, direction);
		root.setProperty(LayeredOptions.PARTITIONING_ACTIVATE, true);
		// one graph, not packed components: an unconnected node stays in its kind's column
		root.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
		root.setProperty(LayeredOptions.SPACING_PORT_PORT, 12.0);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		if (hierarchical) {
			root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
		}
		root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
		root.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
		root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 16.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 10.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 10.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 12.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 3.0);
		root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 30.0);
		root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.NETWORK_SIMPLEX);
		root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
		root.setProperty(LayeredOptions.THOROUGHNESS, 20);
		root.setProperty(CoreOptions.RANDOM_SEED, 1);
	}

	/** The bounds of a node in the root's coordinates. */
	private static Box absolute(ElkNode node) {
		KVector origin = origin(node.getParent());
		return new Box(origin.x + node.getX(), origin.y + node.getY(), node.getWidth(), node.getHeight());
	}

	/** The top-left corner of a node in the root's coordinates; the root's is (0, 0). */
	private static KVector origin(ElkNode node) {
		KVector origin = new KVector();
		for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
			origin.add(n.getX(), n.getY());
		}
		return origin;
	}

	/** Edge sections and labels are relative to the edge's containing node. */
	private static void copyRoute(DiagramEdge edge, ElkEdge elk) {
		KVector origin = origin(elk.getContainingNode());
		List<Point> route = new ArrayList<>();
		if (!elk.getSections().isEmpty()) {
			ElkEdgeSection section = elk.getSections().get(0);
			route.add(new Point(origin.x + section.getStartX(), origin.y + section.getStartY()));
			for (ElkBendPoint bend : section.getBendPoints()) {
				route.add(new Point(origin.x + bend.getX(), origin.y + bend.getY()));
			}
			route.add(new Point(origin.x + section.getEndX(), origin.y + section.getEndY()));
		}
		edge.setRoute(route);
		if (!elk.getLabels().isEmpty() && edge.labelBounds() != null) {
			ElkLabel label = elk.getLabels().get(0);
			edge.setLabelBounds(new Box(origin.x + label.getX(), origin.y + label.getY(), label.getWidth(), label.getHeight()));
		}
	}
}
