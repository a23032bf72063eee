/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.ui.preferences;

import static org.junit.Assert.assertEquals;

import org.cogov.analysis.rules.RuleCatalog;
import org.cogov.analysis.rules.RuleSettings;
import org.cogov.ui.CogovUiPlugin;
import org.eclipse.jface.preference.IPreferenceStore;
import org.junit.After;
import org.junit.Test;

/** The preferences become the analysis' rule settings and classification parameters. */
public class WorkbenchSettingsTest {

	private final IPreferenceStore store = CogovUiPlugin.get().getPreferenceStore();

	@After
	public void restoreDefaults() {
		store.setToDefault(RuleCatalog.W01_ISOLATED_DEPARTMENT.getId());
		store.setToDefault(IPreferenceConstants.parameterKey("network.maxSmax"));
	}

	@Test
	public void preferencesReachTheAnalysis() {
		assertEquals(RuleSettings.Level.WARNING, WorkbenchSettings.rules().levelOf(RuleCatalog.W01_ISOLATED_DEPARTMENT));
		store.setValue(RuleCatalog.W01_ISOLATED_DEPARTMENT.getId(), "off");
		store.setValue(IPreferenceConstants.parameterKey("network.maxSmax"), "0.4");
		assertEquals(RuleSettings.Level.OFF, WorkbenchSettings.rules().levelOf(RuleCatalog.W01_ISOLATED_DEPARTMENT));
		assertEquals(0.4, WorkbenchSettings.parameters().getNetworkMaxSmax(), 1e-9);
	}

	@Test
	public void preferencesAreTheBaselineOfStudiesWithoutTheirOwnSettings() throws Exception {
		java.nio.file.Path plainStudy = java.nio.file.Files.createTempDirectory("study-without-settings");
		store.setValue(RuleCatalog.W01_ISOLATED_DEPARTMENT.getId(), "off");
		assertEquals("the validator of a study without cogov-rules.properties follows the preference", RuleSettings.Level.OFF,
				org.cogov.analysis.rules.StudyFolderSettings.forFolder(plainStudy).rules().levelOf(RuleCatalog.W01_ISOLATED_DEPARTMENT));
		java.nio.file.Files.writeString(plainStudy.resolve(RuleSettings.FILE_NAME), RuleCatalog.W01_ISOLATED_DEPARTMENT.getId() + " = error\n");
		assertEquals("a study's own file wins", RuleSettings.Level.ERROR,
				WorkbenchSettings.rulesFor(plainStudy).levelOf(RuleCatalog.W01_ISOLATED_DEPARTMENT));
	}
}
