/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cogov.analysis.metrics.CollaborationMetrics;
import org.cogov.diagram.GovernanceDiagrams;
import org.cogov.diagram.build.Labels;
import org.cogov.diagram.model.Diagram;
import org.cogov.diagram.model.DiagramEdge;
import org.cogov.diagram.model.DiagramGroup;
import org.cogov.diagram.model.DiagramKind;
import org.cogov.diagram.model.DiagramNode;
import org.cogov.diagram.model.LegendEntry;
import org.cogov.diagram.model.NodeKind;
import org.cogov.diagram.render.PngRenderer;
import org.cogov.diagram.tests.fixture.IllustrativeCases;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructurePhase;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.junit.Test;

/** Diagrams in Chinese: County A's words checked one by one, and no English word of ours left in any case. */
public class ChineseDiagramsTest {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
	/** An English word in lower case: what remains of an untranslated phrase once the model's own texts are cut out. */
	private static final Pattern ENGLISH_WORD = Pattern.compile("\\b[a-z]{2,}\\b"); //$NON-NLS-1$
	private static final Pattern SVG_TEXT = Pattern.compile("<(?:text|title)[^>]*>([^<]*)</(?:text|title)>"); //$NON-NLS-1$

	@Test
	public void countyAInChinese() {
		PlatformCase a = IllustrativeCases.countyA();
		Map<DiagramKind, Diagram> all = GovernanceDiagrams.buildAll(a, null, null, ZH);
		Diagram role = all.get(DiagramKind.ROLE);
		assertEquals("A县 (CountyA) · 阶段 P2 · 角色结构", role.title()); //$NON-NLS-1$
		assertEquals("计算类型：网络式平台，声明类型：网络式平台 · 2021-01-01 起至今", role.subtitle()); //$NON-NLS-1$
		assertEquals("图例", role.legend().heading()); //$NON-NLS-1$
		assertEquals(List.of("政府", "企业", "其他主体"), role.groups().stream().map(DiagramGroup::title).toList()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		DiagramNode da = role.node("actor:DA"); //$NON-NLS-1$
		assertEquals("DA · 数据主管部门（大数据局）", da.lines().get(0)); //$NON-NLS-1$
		assertTrue(da.lines().toString(), da.lines().get(1).startsWith("角色：")); //$NON-NLS-1$
		assertTrue(legendTexts(role).contains("承担问责（每项责任恰有一个问责主体）")); //$NON-NLS-1$
		assertTrue(legendTexts(role).contains("政府部门")); //$NON-NLS-1$
		assertTrue(role.legend().noteTexts().contains("各参与主体框内列出其在本阶段担任的角色。")); //$NON-NLS-1$

		Diagram decision = all.get(DiagramKind.DECISION);
		assertTrue(decision.title(), decision.title().endsWith(" · 决策结构")); //$NON-NLS-1$
		assertTrue(decision.node("actor:DA").lines().get(1).startsWith("决策份额 ")); //$NON-NLS-1$ //$NON-NLS-2$
		DiagramNode joint = decision.node("body:JointMeeting"); //$NON-NLS-1$
		assertTrue(joint.lines().toString(), joint.lines().contains("协商一致 · 每年开会 12 次")); //$NON-NLS-1$
		assertTrue(joint.lines().toString(), joint.lines().contains("牵头 DA · 6 个成员，6 个有表决权")); //$NON-NLS-1$
		assertTrue(edgeLabels(decision).contains("最终决定")); //$NON-NLS-1$
		assertTrue(decision.legend().noteTexts().get(0).startsWith("决策份额：每个决策事项的权重")); //$NON-NLS-1$

		Diagram network = all.get(DiagramKind.NETWORK);
		assertTrue(network.title(), network.title().endsWith(" · 协同网络")); //$NON-NLS-1$
		CollaborationMetrics m = GovernanceDiagrams.context(a, null, null).analysis().metrics();
		String notes = String.join("\n", network.legend().noteTexts()); //$NON-NLS-1$
		assertTrue(notes, notes.contains("部门协同综合指数 IDCI " + Labels.number(m.idci()) + " = 平均（网络密度 ")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(notes, notes.contains("度数中心势 " + Labels.number(m.centralisation()))); //$NON-NLS-1$
		assertTrue(notes, notes.contains("孤立部门：")); //$NON-NLS-1$
		assertTrue(legendTexts(network).toString(), legendTexts(network).contains("数据共享，经平台中介")); //$NON-NLS-1$

		Diagram path = all.get(DiagramKind.PATH);
		assertTrue(path.title(), path.title().endsWith(" · 路径模型")); //$NON-NLS-1$
		assertEquals("计算类型：网络式平台", path.nodes(NodeKind.STRUCTURE).get(0).title()); //$NON-NLS-1$
		assertEquals("政府部门间协同", path.node("collaboration").title()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(edgeLabels(path).toString(), edgeLabels(path).stream().anyMatch(l -> l.matches(".*\\d 条证据 · 确凿证据检验"))); //$NON-NLS-1$
		assertTrue(legendTexts(path).contains("技术因素（T）")); //$NON-NLS-1$
	}

	@Test
	public void noEnglishWordOfOursInAnyChineseDiagram() {
		for (PlatformCase platformCase : IllustrativeCases.study().getCases()) {
			Set<String> ownTexts = modelTexts(platformCase);
			for (StructurePhase phase : platformCase.getPhases()) {
				for (Diagram diagram : GovernanceDiagrams.buildAll(platformCase, phase, null, ZH).values()) {
					List<String> texts = texts(diagram);
					// what the picture draws and the edges' hover texts; node hover texts carry the rules' messages
					Matcher svg = SVG_TEXT.matcher(GovernanceDiagrams.svg(diagram));
					while (svg.find()) {
						if (!svg.group(1).contains("COGOV-")) { //$NON-NLS-1$
							texts.add(svg.group(1).replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
						}
					}
					for (String text : texts) {
						String ours = text;
						for (String own : ownTexts) {
							ours = ours.replace(own, " "); //$NON-NLS-1$
						}
						Matcher english = ENGLISH_WORD.matcher(ours);
						assertFalse(diagram.title() + ": English left in '" + text + "'", english.find()); //$NON-NLS-1$ //$NON-NLS-2$
					}
				}
			}
		}
	}

	@Test
	public void chinesePicturesKeepTheirSize() {
		for (Diagram diagram : GovernanceDiagrams.buildAll(IllustrativeCases.countyA(), null, null, ZH).values()) {
			BufferedImage image = Pixels.read(PngRenderer.render(diagram));
			assertTrue(diagram.title() + ": A4-readable width " + image.getWidth(), image.getWidth() >= 700 && image.getWidth() <= 1300);
			assertTrue(diagram.title() + ": blank", Pixels.inked(image) > image.getWidth() * image.getHeight() / 100);
			Geometry.assertWellLaidOut(diagram);
		}
	}

	@Test
	public void englishStaysEnglishWhateverTheLocaleAsked() {
		PlatformCase a = IllustrativeCases.countyA();
		for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN, Locale.ROOT)) {
			Diagram network = GovernanceDiagrams.build(DiagramKind.NETWORK, a, null, null, locale);
			assertEquals("A县 (CountyA) · phase P2 · collaboration network", network.title()); //$NON-NLS-1$
			assertEquals("computed type: network platform, declared network platform · 2021-01-01 to open", network.subtitle()); //$NON-NLS-1$
			assertEquals("Legend", network.legend().heading()); //$NON-NLS-1$
		}
	}

	private static List<String> texts(Diagram diagram) {
		List<String> texts = new ArrayList<>();
		texts.add(diagram.title());
		texts.add(diagram.subtitle());
		texts.add(diagram.legend().heading());
		diagram.groups().forEach(g -> texts.add(g.title()));
		for (DiagramNode node : diagram.nodes()) {
			texts.add(node.title());
			texts.addAll(node.lines());
		}
		texts.addAll(edgeLabels(diagram));
		texts.addAll(legendTexts(diagram));
		texts.addAll(diagram.legend().noteTexts());
		return texts;
	}

	private static List<String> legendTexts(Diagram diagram) {
		return diagram.legend().entries().stream().map(LegendEntry::text).toList();
	}

	private static List<String> edgeLabels(Diagram diagram) {
		return diagram.edges().stream().map(DiagramEdge::label).filter(l -> l != null).toList();
	}

	/** Every text the case itself holds (names, labels, indicators, units), longest first so that parts go last. */
	private static Set<String> modelTexts(PlatformCase platformCase) {
		Set<String> texts = new HashSet<>();
		List<EObject> elements = new ArrayList<>();
		elements.add(platformCase);
		platformCase.eAllContents().forEachRemaining(elements::add);
		for (EObject element : elements) {
			for (EAttribute attribute : element.eClass().getEAllAttributes()) {
				if (attribute.getEType().getInstanceClass() == String.class && !attribute.isMany()
						&& element.eGet(attribute) instanceof String text && !text.isBlank()) {
					texts.add(text);
				}
			}
		}
		List<String> sorted = new ArrayList<>(texts);
		sorted.sort((x, y) -> y.length() - x.length());
		return new LinkedHashSet<>(sorted);
	}
}
