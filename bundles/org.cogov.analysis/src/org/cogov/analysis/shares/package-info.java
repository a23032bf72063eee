/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Decision shares: who holds how much final authority in a phase, after bodies pass their authority on to their
 * chairs or voting members, and which side each actor stands on.
 */
package org.cogov.analysis.shares;
