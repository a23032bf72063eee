/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.analysis.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text that looks like a personal name, to keep interviewee records anonymous (rule COGOV-E16).
 * <p>
 * <b>This is a heuristic.</b> It looks for: a common Chinese surname followed by one or two Han characters
 * standing alone (王伟, 欧阳明), a surname followed by a title (张科长, 李局长), the honorifics 先生 and 女士, the
 * English honorifics Mr., Mrs., Ms., Dr. and Prof. before a capitalised word, and two capitalised Latin words in a
 * row ("Zhang Wei") unless one of them is a common word of ranks and organisations ("Section Chief"). It misses
 * rare surnames and may flag place names; a study can lower or switch off the rule in its settings file.
 */
public final class PersonalNameDetector {

	/** Common single-character Chinese surnames; surnames that are also everyday words (和, 时, 全...) are left out. */
	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施樊葛邢乔伍庞颜倪庄聂章鲁岳翟殷詹欧耿焦俞柳祝宁舒阮柯纪梅童凌毕季裴霍涂苗谷盛翁冉骆蓝游辛靳柴蒙鲍喻祁蒲滕屈饶牟艾尤阳穆卓缪芦麦褚娄窦戚岑景费卜晏柏瞿桂佟臧闵苟邬卞姬仇栾隋刁巫寇桑郎甄丛仲虞敖巩佘苑迟邝"; //$NON-NLS-1$
	/** Common two-character surnames. */
	private static final Set<String> COMPOUND_SURNAMES = words("欧阳 司马 诸葛 上官 东方 皇甫 尉迟 令狐 慕容 长孙 夏侯 宇文 司徒 公孙"); //$NON-NLS-1$
	/** Titles that, after a surname, point at one person. */
	private static final Pattern SURNAME_TITLE = Pattern.compile("^(.)(科长|局长|处长|主任|书记|县长|区长|市长|部长|经理|总监|总|工|老师|秘书|组长)$"); //$NON-NLS-1$
	/** Words made of a surname character and one or two others that are ordinary words, not names. */
	private static final Set<String> ORDINARY_WORDS = words("高工 高管 高级 江苏 江西 成员 全体 时间 安全 文化 金融 石油 万元 许可 任务 管理 司法 明细 包括 连续 路网 华东 华南 华北 华中 关于 常务 武装 宁夏 黎明"); //$NON-NLS-1$
	private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+"); //$NON-NLS-1$
	private static final Pattern CHINESE_HONORIFIC = Pattern.compile("(\\p{IsHan})(先生|女士)"); //$NON-NLS-1$
	private static final Pattern LATIN_HONORIFIC = Pattern.compile("\\b(Mr|Mrs|Ms|Dr|Prof)\\.?\\s+[A-Z][a-z]+"); //$NON-NLS-1$
	private static final Pattern LATIN_PAIR = Pattern.compile("\\b([A-Z][a-z]+)\\s+([A-Z][a-z]+)\\b"); //$NON-NLS-1$
	/** Capitalised words of ranks, organisations and places that do not make a personal name. */
	private static final Set<String> ORGANISATIONAL_WORDS = words("section chief deputy director head senior junior " //$NON-NLS-1$
			+ "manager engineer officer staff member secretary general vice party county city district province " //$NON-NLS-1$
			+ "provincial township government office bureau department commission committee data big authority " //$NON-NLS-1$
			+ "public security health civil affairs market regulation finance development reform education company " //$NON-NLS-1$
			+ "group firm enterprise corporation limited technology digital cloud platform operations centre center " //$NON-NLS-1$
			+ "service services project team private state owned central local joint venture university institute " //$NON-NLS-1$
			+ "think tank network software analytics meeting leading task force board expert the"); //$NON-NLS-1$

	private PersonalNameDetector() {
	}

	private static Set<String> words(String spaceSeparated) {
		return Set.of(spaceSeparated.split(" ")); //$NON-NLS-1$
	}

	/** The first fragment of the text that looks like a personal name, if any. */
	public static Optional<String> find(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		Matcher honorific = CHINESE_HONORIFIC.matcher(text);
		if (honorific.find()) { // the surname just before the honorific, two characters for a compound surname
			int start = honorific.start();
			boolean compound = start >= 1 && COMPOUND_SURNAMES.contains(text.substring(start - 1, start + 1));
			return Optional.of(text.substring(compound ? start - 1 : start, honorific.end()));
		}
		Matcher run = HAN_RUN.matcher(text);
		while (run.find()) {
			if (isChineseName(run.group())) {
				return Optional.of(run.group());
			}
		}
		Matcher latin = LATIN_HONORIFIC.matcher(text);
		if (latin.find()) {
			return Optional.of(latin.group());
		}
		Matcher pair = LATIN_PAIR.matcher(text);
		while (pair.find()) {
			if (!ORGANISATIONAL_WORDS.contains(pair.group(1).toLowerCase(Locale.ROOT))
					&& !ORGANISATIONAL_WORDS.contains(pair.group(2).toLowerCase(Locale.ROOT))) {
				return Optional.of(pair.group());
			}
		}
		return Optional.empty();
	}

	/** A standalone run of Han characters shaped like surname + given name, or surname + title. */
	private static boolean isChineseName(String run) {
		if (ORDINARY_WORDS.contains(run)) {
			return false;
		}
		Matcher title = SURNAME_TITLE.matcher(run);
		if (title.matches() && SURNAMES.indexOf(title.group(1)) >= 0) {
			return true;
		}
		if (run.length() >= 3 && run.length() <= 4 && COMPOUND_SURNAMES.contains(run.substring(0, 2))) {
			return true;
		}
		return run.length() >= 2 && run.length() <= 3 && SURNAMES.indexOf(run.charAt(0)) >= 0;
	}
}
