/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.validation;

/**
 * The language's own checks. The governance rules are not here: they are the EMF EValidator of the analysis
 * bundle, registered for the CoGov package, which Xtext composes with this validator, so the editor, the
 * command line, the diagrams and Sirius all report the same diagnostics (duplicate names included: COGOV-E17).
 */
public class CogovValidator extends AbstractCogovValidator {
}
