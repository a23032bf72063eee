/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The diagram model: nodes, edges, groups and a legend, free of SWT and AWT, with the model element each shape
 * shows so that a workbench can link selections. Builders fill it, the layout sets its geometry, painters draw it.
 */
package org.cogov.diagram.model;
