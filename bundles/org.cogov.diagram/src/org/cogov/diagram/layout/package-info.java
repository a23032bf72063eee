/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Layout of the diagram model: text measurement, node sizes from measured labels, ELK layered for the role,
 * decision and path diagrams, a size-dependent layout for collaboration networks (ELK stress when small, our radial
 * grid around the data authority when large), and the frame with title and legend.
 */
package org.cogov.diagram.layout;
