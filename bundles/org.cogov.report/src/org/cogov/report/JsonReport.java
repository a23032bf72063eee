/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.report;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

import org.cogov.analysis.CaseAnalysis;
import org.cogov.analysis.PhaseAnalysis;
import org.cogov.analysis.PhaseChange;
import org.cogov.analysis.ThesisFinding;
import org.cogov.analysis.classification.Classification;
import org.cogov.analysis.classification.Condition;
import org.cogov.analysis.classification.Feature;
import org.cogov.analysis.classification.StructureFeatures;
import org.cogov.analysis.classification.TypeCheck;
import org.cogov.analysis.metrics.CollaborationMetrics;
import org.cogov.analysis.metrics.Metric;
import org.cogov.model.CausalClaim;
import org.cogov.model.Event;
import org.cogov.model.PlatformCase;
import org.cogov.model.StructureType;

import com.google.gson.stream.JsonWriter;

/**
 * The results as JSON: an object with a {@code cases} array; each entry names the case, its type (co-creation,
 * network, enterprise-led, government-led, hybrid), the deciding features, every metric, the explanation and the
 * phases with their changes; then the thesis check. Numbers are plain JSON numbers (four decimals).
 */
public final class JsonReport {

	/** The metric keys of the JSON format. */
	private static final Map<Metric, String> KEYS = Map.of(Metric.DENSITY, "density", Metric.CENTRALISATION, //$NON-NLS-1$
			"centralisation", Metric.REACH, "reach", Metric.ISOLATE_SHARE, "isolateShare", Metric.RECIPROCITY, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"reciprocity", Metric.LATERAL_SHARE, "lateralShare", Metric.MULTIPLEXITY, "multiplexity", Metric.DII, "dii", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Metric.RESPONSIBILITY_CLARITY, "responsibilityClarity", Metric.IDCI, "idci"); //$NON-NLS-1$ //$NON-NLS-2$

	private JsonReport() {
	}

	public static String write(StudyResults results) {
		StringWriter text = new StringWriter();
		try (JsonWriter json = new JsonWriter(text)) {
			json.setIndent("  "); //$NON-NLS-1$
			json.beginObject();
			json.name("study").value(results.studyName()); //$NON-NLS-1$
			json.name("note").value("Thresholds and indices are CoGov's operationalisation of the thesis, not its figures."); //$NON-NLS-1$ //$NON-NLS-2$
			json.name("cases").beginArray(); //$NON-NLS-1$
			for (PlatformCase platformCase : results.cases()) {
				writeCase(json, platformCase, results.analysis(platformCase), results);
			}
			json.endArray();
			ThesisFinding finding = results.comparison().thesisFinding();
			json.name("thesisFinding").beginObject(); //$NON-NLS-1$
			json.name("verdict").value(finding.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')); //$NON-NLS-1$
			json.name("sentence").value(finding.sentence()); //$NON-NLS-1$
			json.endObject();
			json.endObject();
		} catch (IOException e) {
			throw new IllegalStateException("writing JSON to a string cannot fail", e); //$NON-NLS-1$
		}
		return text.toString() + "\n"; //$NON-NLS-1$
	}

	private static void writeCase(JsonWriter json, PlatformCase platformCase, CaseAnalysis analysis, StudyResults results)
			throws IOException {
		json.beginObject();
		json.name("case").value(platformCase.getName()); //$NON-NLS-1$
		json.name("label").value(platformCase.getLabel()); //$NON-NLS-1$
		PhaseAnalysis current = analysis.current();
		if (current == null) {
			json.name("type").value("unset"); //$NON-NLS-1$ //$NON-NLS-2$
			json.name("phases").beginArray().endArray(); //$NON-NLS-1$
			json.endObject();
			return;
		}
		json.name("phase").value(current.phase().getName()); //$NON-NLS-1$
		writeResult(json, current);
		json.name("phases").beginArray(); //$NON-NLS-1$
		for (PhaseAnalysis phase : analysis.phases()) {
			json.beginObject();
			json.name("phase").value(phase.phase().getName()); //$NON-NLS-1$
			writeResult(json, phase);
			json.endObject();
		}
		json.endArray();
		json.name("changes").beginArray(); //$NON-NLS-1$
		for (PhaseChange change : analysis.changes()) {
			writeChange(json, change);
		}
		json.endArray();
		json.name("diagnostics").beginObject(); //$NON-NLS-1$
		json.name("errors").value(results.diagnostics(platformCase).stream().filter(d -> d.isError()).count()); //$NON-NLS-1$
		json.name("warnings").value(results.diagnostics(platformCase).stream().filter(d -> !d.isError() && !d.isRisk()).count()); //$NON-NLS-1$
		json.name("risks").value(results.diagnostics(platformCase).stream().filter(d -> d.isRisk()).count()); //$NON-NLS-1$
		json.endObject();
		json.endObject();
	}

	private static void writeResult(JsonWriter json, PhaseAnalysis phase) throws IOException {
		Classification classification = phase.classification();
		json.name("type").value(TypeNames.id(classification.type())); //$NON-NLS-1$
		if (classification.type() == StructureType.HYBRID) {
			json.name("nearestType").value(TypeNames.id(classification.nearestType())); //$NON-NLS-1$
		}
		json.name("declaredType").value(TypeNames.id(phase.phase().getDeclaredType())); //$NON-NLS-1$
		json.name("borderline").value(classification.isBorderline()); //$NON-NLS-1$
		StructureFeatures features = phase.features();
		json.name("features").beginObject(); //$NON-NLS-1$
		json.name("G").value(Numbers.exact(features.value(Feature.G))); //$NON-NLS-1$
		json.name("E").value(Numbers.exact(features.value(Feature.E))); //$NON-NLS-1$
		json.name("smax").value(Numbers.exact(features.value(Feature.SMAX))); //$NON-NLS-1$
		json.name("lead").value(features.lead() == null ? null : features.lead().getName()); //$NON-NLS-1$
		json.name("hhi").value(Numbers.exact(features.value(Feature.HHI))); //$NON-NLS-1$
		json.name("nDec").value((long) features.value(Feature.N_DEC)); //$NON-NLS-1$
		json.endObject();
		CollaborationMetrics metrics = phase.metrics();
		json.name("metrics").beginObject(); //$NON-NLS-1$
		for (Metric metric : Metric.values()) {
			json.name(KEYS.get(metric)).value(Numbers.exact(metric.valueIn(metrics)));
		}
		json.endObject();
		json.name("conditions").beginArray(); //$NON-NLS-1$
		for (TypeCheck check : classification.explanation().checks()) {
			for (Condition condition : check.conditions()) {
				json.beginObject();
				json.name("type").value(TypeNames.id(check.type())); //$NON-NLS-1$
				json.name("condition").value(condition.toString()); //$NON-NLS-1$
				json.name("met").value(condition.met()); //$NON-NLS-1$
				json.endObject();
			}
		}
		json.endArray();
	}

	private static void writeChange(JsonWriter json, PhaseChange change) throws IOException {
		json.beginObject();
		json.name("from").value(change.earlier().phase().getName()); //$NON-NLS-1$
		json.name("to").value(change.later().phase().getName()); //$NON-NLS-1$
		json.name("typeChanged").value(change.typeChanged()); //$NON-NLS-1$
		json.name("deltas").beginObject(); //$NON-NLS-1$
		for (Metric metric : Metric.values()) {
			json.name(KEYS.get(metric)).value(Numbers.exact(change.delta(metric)));
		}
		json.endObject();
		json.name("events").beginArray(); //$NON-NLS-1$
		for (Event event : change.events()) {
			json.value(event.getName());
		}
		json.endArray();
		json.name("claims").beginArray(); //$NON-NLS-1$
		for (CausalClaim claim : change.claims()) {
			json.value(claim.getCause().getName() + " -> " + claim.getEffect().getName()); //$NON-NLS-1$
		}
		json.endArray();
		json.endObject();
	}
}
