/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cogov.diagram.build.DiagramTitles;
import org.cogov.diagram.build.EvidenceSummary;
import org.cogov.diagram.build.Labels;
import org.cogov.diagram.model.Channel;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.model.DiagramWords;
import org.cogov.diagram.model.EdgeKind;
import org.cogov.diagram.model.GroupKind;
import org.cogov.diagram.model.NodeKind;
import org.cogov.diagram.model.Severity;
import org.cogov.model.ProcessTracingTest;
import org.cogov.model.RoleKind;
import org.cogov.model.StructureType;
import org.junit.Test;

/** The two word files agree key for key and argument for argument, and every kind has its words. */
public class DiagramWordsTest {

	private static final Locale ZH = Locale.CHINESE;
	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)"); //$NON-NLS-1$

	@Test
	public void everyKeyInBothFilesWithTheSameArguments() throws IOException {
		Properties english = load("diagram-words.properties"); //$NON-NLS-1$
		Properties chinese = load("diagram-words_zh.properties"); //$NON-NLS-1$
		assertEquals("keys of the English and the Chinese file", new TreeSet<>(english.stringPropertyNames()), //$NON-NLS-1$
				new TreeSet<>(chinese.stringPropertyNames()));
		for (String key : english.stringPropertyNames()) {
			assertEquals(key + ": arguments", arguments(english.getProperty(key)), arguments(chinese.getProperty(key))); //$NON-NLS-1$
			String text = chinese.getProperty(key);
			assertFalse(key + ": untranslated '" + text + "'", !text.isEmpty() && text.equals(english.getProperty(key)) //$NON-NLS-1$ //$NON-NLS-2$
					&& text.matches(".*[a-z]{3,}.*")); //$NON-NLS-1$
		}
	}

	@Test
	public void everyKindHasItsWords() {
		Set<String> keys = DiagramWords.bundle(ZH).keySet();
		for (DiagramKind kind : DiagramKind.values()) {
			assertTrue(kind.name(), keys.contains("kind." + kind.name())); //$NON-NLS-1$
		}
		for (NodeKind kind : NodeKind.values()) {
			assertTrue(kind.name(), keys.contains("node." + kind.name())); //$NON-NLS-1$
		}
		for (EdgeKind kind : EdgeKind.values()) {
			assertTrue(kind.name(), keys.contains("edge." + kind.name())); //$NON-NLS-1$
		}
		for (GroupKind kind : GroupKind.values()) {
			assertTrue(kind.name(), keys.contains("group." + kind.name())); //$NON-NLS-1$
		}
		for (Channel channel : Channel.values()) {
			assertTrue(channel.name(), keys.contains("channel." + channel.name())); //$NON-NLS-1$
		}
		for (Severity severity : Severity.values()) {
			assertTrue(severity.name(), keys.contains("severity." + severity.name())); //$NON-NLS-1$
		}
		for (StructureType type : StructureType.values()) {
			assertTrue(type.name(), keys.contains("type." + type.name())); //$NON-NLS-1$
		}
	}

	@Test
	public void theDomainsChineseTerms() {
		assertEquals("共创共享式平台", DiagramTitles.typeWords(StructureType.CO_CREATION, ZH)); //$NON-NLS-1$
		assertEquals("网络式平台", DiagramTitles.typeWords(StructureType.NETWORK, ZH)); //$NON-NLS-1$
		assertEquals("企业主导式平台", DiagramTitles.typeWords(StructureType.ENTERPRISE_LED, ZH)); //$NON-NLS-1$
		assertEquals("政府主导式平台", DiagramTitles.typeWords(StructureType.GOVERNMENT_LED, ZH)); //$NON-NLS-1$
		assertEquals("协同网络", DiagramKind.NETWORK.label(ZH)); //$NON-NLS-1$
		assertEquals("建设者", Labels.words(RoleKind.BUILDER, ZH)); //$NON-NLS-1$ the model's own Chinese label
		assertEquals("2 条证据（1 条反驳） · 确凿证据检验", //$NON-NLS-1$
				new EvidenceSummary(2, 1, ProcessTracingTest.SMOKING_GUN).label(ZH));
		assertEquals(java.util.List.of("角色：建设者、运营者、", "数据管理者"), //$NON-NLS-1$ //$NON-NLS-2$
				Labels.wrapList("角色：", java.util.List.of("建设者", "运营者", "数据管理者"), 20, ZH)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	@Test
	public void englishWordsUnchanged() {
		assertEquals("collaboration network", DiagramKind.NETWORK.label()); //$NON-NLS-1$
		assertEquals("collaboration network", DiagramKind.NETWORK.label(Locale.ENGLISH)); //$NON-NLS-1$
		assertEquals("institutional / environmental factor (I-E)", NodeKind.FACTOR_INSTITUTIONAL.label()); //$NON-NLS-1$
		assertEquals("via the platform", Channel.PLATFORM.label()); //$NON-NLS-1$
		assertEquals("", Channel.NONE.label()); //$NON-NLS-1$
		assertEquals("governance risk", Severity.RISK.label()); //$NON-NLS-1$
		assertEquals("co-creation-and-sharing platform", DiagramTitles.typeWords(StructureType.CO_CREATION)); //$NON-NLS-1$
		assertEquals("builder", Labels.words(RoleKind.BUILDER, Locale.ENGLISH)); //$NON-NLS-1$
		assertEquals("3 evidence (1 against) · smoking gun", //$NON-NLS-1$
				new EvidenceSummary(3, 1, ProcessTracingTest.SMOKING_GUN).label(Locale.ENGLISH));
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = DiagramWords.class.getResourceAsStream(name)) {
			assertNotNull(name + " next to DiagramWords", in); //$NON-NLS-1$
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static Set<String> arguments(String pattern) {
		Set<String> arguments = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(pattern);
		while (matcher.find()) {
			arguments.add(matcher.group(1));
		}
		return arguments;
	}
}
