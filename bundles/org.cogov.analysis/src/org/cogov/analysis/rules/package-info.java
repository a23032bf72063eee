/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The CoGov validation rules as one EMF {@link org.eclipse.emf.ecore.EValidator}: a catalogue of rules with stable
 * IDs (COGOV-E errors, COGOV-W warnings, COGOV-R governance risks), messages in English and Chinese, and per-study
 * settings in {@code cogov-rules.properties}. Register with {@link org.cogov.analysis.rules.CogovRules#register()}.
 */
package org.cogov.analysis.rules;
