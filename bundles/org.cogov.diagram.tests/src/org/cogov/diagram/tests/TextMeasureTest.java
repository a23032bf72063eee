/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.cogov.diagram.layout.EstimatedTextMeasure;
import org.cogov.diagram.layout.Java2DFonts;
import org.cogov.diagram.layout.Java2DTextMeasure;
import org.cogov.diagram.layout.TextMeasure;
import org.junit.Test;

/** Text is measured with a CJK-capable font, or estimated deterministically. */
public class TextMeasureTest {

	@Test
	public void java2dPicksAFontThatShowsChinese() {
		assertTrue("headless Java2D measures text here", Java2DTextMeasure.available());
		String family = Java2DFonts.family();
		assertTrue("a CJK font is installed (fonts-noto-cjk): " + family, //$NON-NLS-1$
				family.equals("Noto Sans CJK SC") || family.equals("WenQuanYi Micro Hei")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(-1, Java2DFonts.font(13, true).canDisplayUpTo("大数据局 政务数据共享联席会议")); //$NON-NLS-1$
		TextMeasure measure = TextMeasure.standard();
		double chinese = measure.width("大数据局", 12, false); //$NON-NLS-1$
		assertEquals("four ideographs are about four ems", 48, chinese, 6);
		assertTrue(measure.width("大数据局", 12, true) >= chinese); //$NON-NLS-1$
		assertEquals(0, measure.width("", 12, false), 0); //$NON-NLS-1$
	}

	@Test
	public void estimateIsDeterministicAndWideForIdeographs() {
		EstimatedTextMeasure estimate = new EstimatedTextMeasure();
		assertEquals(48, estimate.width("大数据局", 12, false), 1e-9); //$NON-NLS-1$
		assertTrue(estimate.width("DA", 12, false) < estimate.width("大数", 12, false)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(estimate.width("joint meeting", 11, true), estimate.width("joint meeting", 11, true), 0); //$NON-NLS-1$ //$NON-NLS-2$
		double real = Java2DTextMeasure.instance().width("data authority 大数据局", 12, false); //$NON-NLS-1$
		assertTrue("the estimate errs on the wide side", estimate.width("data authority 大数据局", 12, false) >= real); //$NON-NLS-1$
	}
}
