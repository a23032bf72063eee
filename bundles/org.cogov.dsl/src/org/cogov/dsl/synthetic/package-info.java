/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Synthetic studies in the CoGov language, generated from a seed for benchmarks and scale tests: realistic
 * county-level cases across the four structure types, written as one sources file and one file per case.
 */
package org.cogov.dsl.synthetic;
