/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Inter-departmental collaboration metrics of a phase: the collaboration network of the departments and the
 * standard network measures, decision inclusiveness, responsibility clarity and the composite IDCI (ours).
 */
package org.cogov.analysis.metrics;
