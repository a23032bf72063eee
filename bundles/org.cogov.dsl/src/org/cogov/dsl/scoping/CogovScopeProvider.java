/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.scoping;

/**
 * Xtext's default scoping serves the language: names are qualified by the enclosing study, case and phase, and
 * an element sees the names of its own phase, case and study unqualified. {@link StudyNamespaceScopeProvider}
 * extends the study's names over all files of the study.
 */
public class CogovScopeProvider extends AbstractCogovScopeProvider {
}
