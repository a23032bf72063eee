/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.cli.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cogov.dsl.study.StudyLoader;

/**
 * Fuzz target for Jazzer: the input is a CoGov text file, loaded together with a small sources file through the
 * real study loader (read, UTF-8 check, parse, link across files, validate) and then analysed; see
 * {@link LoaderContract} for what counts as a finding. A plain class without Jazzer types, so that it compiles in
 * the test bundle; Jazzer finds {@code fuzzerInitialize} and {@code fuzzerTestOneInput} by name.
 */
public final class StudyTextFuzzTarget {

	/** The example study's sources (without affiliations), so that inputs grown from the examples link across files. */
	static final String SOURCES = """
			study Illustrative
			sources {
				interviewee G01 side government rank "deputy director" date 2023-04-12
				interviewee G02 side government rank "section chief" date 2023-04-13
				interviewee G03 side government rank "deputy director" date 2023-06-02
				interviewee G04 side government rank "staff member" date 2023-07-19
				interviewee G05 side government rank "deputy county head" date 2023-09-05
				interviewee E01 side enterprise rank "project manager" date 2023-04-14
				interviewee E02 side enterprise rank "data engineer" date 2023-04-14
				interviewee E03 side enterprise rank "general manager" date 2023-06-03
				interviewee E04 side enterprise rank "operations lead" date 2023-07-20
				interviewee O01 side other rank "professor" organisation "provincial university" date 2023-05-20
				document D01 "A县关于建立政务数据共享联席会议制度的通知" kind policy date 2020-11-05
				document D02 "A县政务数据平台建设运营合同" kind contract date 2020-12-01
				document D03 "A县数字政府年度工作报告" kind report date 2023-01-15
				document D04 "B区数据运营合资公司章程" kind contract date 2019-06-30
				document D05 "C县智慧农业平台特许经营协议" kind contract date 2020-04-01
				document D06 "D县数字政府建设领导小组会议纪要" kind minutes date 2021-03-10
				document D07 "D县政务数据共享目录" kind policy date 2021-06-01
				observation Obs1 "A县联席会议" setting "monthly joint meeting" date 2023-05-10
				observation Obs2 "C县运营中心" setting "visit to the operations centre" date 2023-07-21
			}
			"""; //$NON-NLS-1$

	private static Path sources;
	private static Path input;

	private StudyTextFuzzTarget() {
	}

	public static void fuzzerInitialize() {
		LoaderContract.quietLogging();
		StudyLoader.standalone(); // the language's set-up, once, outside the first input's time limit
		try {
			Path folder = Files.createTempDirectory("cogov-fuzz-text"); //$NON-NLS-1$
			sources = Files.writeString(folder.resolve("sources.cogov"), SOURCES); //$NON-NLS-1$
			input = folder.resolve("fuzzed.cogov"); //$NON-NLS-1$
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static void fuzzerTestOneInput(byte[] data) throws IOException {
		LoaderContract.loadAndCheck(data, input, List.of(sources, input));
	}
}
