/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The one visual language of all CoGov diagrams: a colour per actor and element kind, a line style per link and
 * right kind, fonts and sizes readable at A4 width. Free of SWT and AWT; painters translate it.
 */
package org.cogov.diagram.style;
