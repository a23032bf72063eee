/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.preferences;

import org.cogov.analysis.classification.ClassificationParameters;
import org.cogov.analysis.rules.Rule;
import org.cogov.analysis.rules.RuleCatalog;
import org.cogov.ui.CogovUiPlugin;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/** The defaults: every rule at its category's severity, every classification parameter at the design's value. */
public class PreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(CogovUiPlugin.ID);
		for (Rule rule : RuleCatalog.all()) {
			defaults.put(rule.getId(), IPreferenceConstants.RULE_DEFAULT);
		}
		ClassificationParameters parameters = ClassificationParameters.defaults();
		for (String key : ClassificationParameters.keys()) {
			defaults.put(IPreferenceConstants.parameterKey(key), parameters.get(key));
		}
	}
}
