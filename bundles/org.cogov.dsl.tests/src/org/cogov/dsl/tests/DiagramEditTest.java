/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.tests;

import static org.cogov.dsl.tests.DrawnStudy.assertNoProblems;
import static org.cogov.dsl.tests.DrawnStudy.changed;
import static org.cogov.dsl.tests.DrawnStudy.commentLines;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cogov.dsl.ide.CogovIdeSetup;
import org.cogov.dsl.ide.drawing.Connection;
import org.cogov.dsl.ide.drawing.DeletionImpact;
import org.cogov.dsl.ide.drawing.DeletionImpact.Consequence;
import org.cogov.dsl.ide.drawing.EditOutcome;
import org.cogov.dsl.ide.drawing.ReferencePolicy;
import org.cogov.dsl.ide.drawing.TextChange;
import org.cogov.dsl.ide.drawing.TextChange.FileEdits;
import org.cogov.dsl.ide.drawing.TextChange.TextEdit;
import org.cogov.model.Actor;
import org.cogov.model.AdministrativeLine;
import org.cogov.model.BodyKind;
import org.cogov.model.CollaborationLink;
import org.cogov.model.DecisionBody;
import org.cogov.model.DecisionDomain;
import org.cogov.model.DecisionItem;
import org.cogov.model.DecisionRight;
import org.cogov.model.DepartmentKind;
import org.cogov.model.Enterprise;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.LinkDirection;
import org.cogov.model.LinkKind;
import org.cogov.model.OtherActor;
import org.cogov.model.OtherActorKind;
import org.cogov.model.OwnershipKind;
import org.cogov.model.PlatformCase;
import org.cogov.model.Responsibility;
import org.cogov.model.ResponsibilityCategory;
import org.cogov.model.RightKind;
import org.cogov.model.RoleKind;
import org.cogov.model.StructurePhase;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.google.inject.Injector;

/** Diagram edits on a copy of the example study: the text edits they give, applied, undone and re-read. */
public class DiagramEditTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private static Injector injector;

	/** The example study: case A open, sources referring to its actors, the other cases. */
	private static final String[] FILES = { "county-a.cogov", "sources.cogov", "district-b.cogov", "county-c.cogov", "county-d.cogov" };

	@BeforeClass
	public static void createInjector() {
		injector = new CogovIdeSetup().createInjectorAndDoEMFRegistration();
	}

	private DrawnStudy study() throws Exception {
		return new DrawnStudy(injector, folder.getRoot(), null, FILES);
	}

	@Test
	public void drawsADepartmentAndALinkKeepingTheComments() throws Exception {
		DrawnStudy study = study();
		String original = study.text();
		EditOutcome outcome = study.edit().newDepartment(study.caseA(), DepartmentKind.HEALTH, AdministrativeLine.LOCAL);
		assertEquals("Dept1", ((EditOutcome.Changed) outcome).createdName());
		TextChange change = changed(outcome);
		assertEquals(1, change.files().size());
		assertSmall(change);
		study.apply(change);
		assertTrue(study.text(), study.text().contains("\tdepartment Dept1 health local\n"));

		GovernmentDepartment dept = (GovernmentDepartment) actor(study.caseA(), "Dept1");
		study.apply(changed(study.edit().newLink(study.caseA(), dept, actor(study.caseA(), "DA"), LinkKind.DATA_SHARING)));
		assertTrue(study.text(), study.text().contains("link Dept1 -> DA data-sharing"));
		assertEquals(commentLines(original), commentLines(study.text()));
		assertNoProblems(study);
		CollaborationLink link = study.caseA().getLinks().stream().filter(l -> l.getFrom() == actor(study.caseA(), "Dept1"))
				.findFirst().orElseThrow();
		assertEquals("DA", link.getTo().getName());
		// everything else is as it was: the original text minus the two new lines
		assertEquals(original, study.text().replace("\tdepartment Dept1 health local\n", "").replaceFirst("\n\tlink Dept1 -> DA data-sharing", ""));
	}

	@Test
	public void drawsEveryKindOfElement() throws Exception {
		DrawnStudy study = study();
		PlatformCase c = study.caseA();
		study.apply(changed(study.edit().newEnterprise(c, OwnershipKind.PRIVATE, null)));
		study.apply(changed(study.edit().newOtherActor(study.caseA(), OtherActorKind.UNIVERSITY_THINK_TANK)));
		study.apply(changed(study.edit().newDecisionBody(phase(study, "P2"), BodyKind.TASK_FORCE)));
		study.apply(changed(study.edit().newDecisionItem(phase(study, "P2"), DecisionDomain.BUDGET)));
		assertNoProblems(study);
		c = study.caseA();
		Enterprise enterprise = (Enterprise) actor(c, "Enterprise1");
		assertEquals(OwnershipKind.PRIVATE, enterprise.getOwnership());
		assertTrue(actor(c, "Actor1") instanceof OtherActor);
		DecisionBody body = phase(study, "P2").getBodies().stream().filter(b -> "Body1".equals(b.getName())).findFirst().orElseThrow();
		assertEquals(BodyKind.TASK_FORCE, body.getKind());
		assertTrue(phase(study, "P2").getDecisions().stream().anyMatch(d -> "Decision1".equals(d.getName())));

		study.apply(changed(study.edit().newRoleAssignment(phase(study, "P2"), actor(study.caseA(), "Enterprise1"), RoleKind.OPERATOR)));
		study.apply(changed(study.edit().newResponsibility(phase(study, "P2"), ResponsibilityCategory.SERVICE,
				actor(study.caseA(), "DA"), actor(study.caseA(), "Enterprise1"))));
		study.apply(changed(study.edit().newMembership(body(study, "P2", "Body1"), actor(study.caseA(), "Actor1"))));
		DecisionItem item = phase(study, "P2").getDecisions().stream().filter(d -> "Decision1".equals(d.getName())).findFirst().orElseThrow();
		study.apply(changed(study.edit().newDecisionRight(item, body(study, "P2", "Body1"), RightKind.FINAL)));
		assertNoProblems(study);

		StructurePhase p2 = phase(study, "P2");
		assertTrue(p2.getRoles().stream().anyMatch(r -> r.getActor().getName().equals("Enterprise1") && r.getRole() == RoleKind.OPERATOR));
		Responsibility responsibility = p2.getResponsibilities().stream().filter(r -> "Responsibility1".equals(r.getName())).findFirst()
				.orElseThrow();
		assertEquals("DA", responsibility.getAccountable().get(0).getName());
		assertEquals("Enterprise1", responsibility.getResponsible().get(0).getName());
		assertEquals("Actor1", body(study, "P2", "Body1").getMembers().get(0).getActor().getName());
		DecisionRight right = p2.getDecisions().stream().filter(d -> "Decision1".equals(d.getName())).findFirst().orElseThrow().getRights().get(0);
		assertEquals(RightKind.FINAL, right.getKind());
		assertEquals("Body1", right.getHolder().getName());
	}

	@Test
	public void computingAnEditLeavesTheModelAlone() throws Exception {
		DrawnStudy study = study();
		ISerializer serializer = injector.getInstance(ISerializer.class);
		String before = serializer.serialize(study.caseA().eContainer(), SaveOptions.newBuilder().getOptions());
		int actors = study.caseA().getActors().size();
		changed(study.edit().newDepartment(study.caseA(), null, null));
		changed(study.edit().rename(actor(study.caseA(), "DA"), "DataAuth"));
		changed(study.edit().delete(actor(study.caseA(), "HE"), ReferencePolicy.REMOVE_REFERRERS));
		assertEquals(actors, study.caseA().getActors().size());
		assertEquals(before, serializer.serialize(study.caseA().eContainer(), SaveOptions.newBuilder().getOptions()));
		assertEquals("DA", study.caseA().getActors().get(0).getName());
		assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(study.document.resource()).isEmpty());
	}

	@Test
	public void renamesADecisionBodyEverywhere() throws Exception {
		String other = "study Illustrative\n\n// a case that asks case A's joint meeting\ncase Other {\n\tphase Q {\n"
				+ "\t\tdecision D strategy {\n\t\t\tconsulted CountyA.P2.JM // by letter\n\t\t}\n\t}\n}\n";
		DrawnStudy study = new DrawnStudy(injector, folder.getRoot(), null, Map.of("other.cogov", other), FILES);
		assertNoProblems(study);
		String original = study.text();
		int uses = count(original, "\\bJM\\b");
		assertTrue(uses > 5);
		TextChange change = changed(study.edit().rename(body(study, "P2", "JM"), "JointBoard"));
		assertEquals("county-a.cogov and other.cogov", 2, change.files().size());
		for (FileEdits edits : change.files()) {
			for (TextEdit edit : edits.edits()) {
				assertEquals("JM", edit.replaced());
				assertEquals("JointBoard", edit.text());
			}
		}
		study.apply(change);
		assertEquals(0, count(study.text(), "\\bJM\\b"));
		assertEquals(uses, count(study.text(), "\\bJointBoard\\b"));
		assertEquals(original, study.text().replace("JointBoard", "JM"));
		assertEquals(other.replace("CountyA.P2.JM", "CountyA.P2.JointBoard"), study.text("other.cogov"));
		assertNoProblems(study); // the other file's reference links to the renamed body
	}

	@Test
	public void renamesADepartmentInOtherFilesToo() throws Exception {
		DrawnStudy study = study();
		String sources = study.text("sources.cogov");
		TextChange change = changed(study.edit().rename(actor(study.caseA(), "DA"), "DataAuth"));
		assertEquals(2, change.files().size());
		study.apply(change);
		assertEquals(sources.replace("CountyA.DA ", "CountyA.DataAuth "), study.text("sources.cogov"));
		assertTrue(study.text("sources.cogov").contains("affiliation DistrictB.DA "));
		assertEquals(0, count(study.text(), "\\bDA\\b"));
		assertNoProblems(study);
	}

	@Test
	public void refusesBadNames() throws Exception {
		DrawnStudy study = study();
		GovernmentDepartment da = (GovernmentDepartment) actor(study.caseA(), "DA");
		assertRefused(study.edit().rename(da, "health"), "word of the CoGov language");
		assertRefused(study.edit().rename(da, "2DA"), "not a name");
		assertRefused(study.edit().rename(da, "PS"), "already has");
		assertTrue(changed(study.edit().rename(da, "DA")).isEmpty());
	}

	@Test
	public void generatedNamesAreUnique() throws Exception {
		String text = DrawnStudy.read("county-a.cogov").replace("\tdepartment GO ", "\tdepartment Dept1 other-department\n\tdepartment GO ");
		DrawnStudy study = new DrawnStudy(injector, folder.getRoot(), text, FILES);
		EditOutcome.Changed first = (EditOutcome.Changed) study.edit().newDepartment(study.caseA(), null, null);
		assertEquals("Dept2", first.createdName());
		study.apply(first.change());
		EditOutcome.Changed second = (EditOutcome.Changed) study.edit().newDepartment(study.caseA(), null, null);
		assertEquals("Dept3", second.createdName());
		study.apply(second.change());
		assertNoProblems(study);
		assertEquals(1, count(study.text(), "department Dept2\\b"));
		assertEquals(1, count(study.text(), "department Dept3\\b"));
	}

	@Test
	public void deletingAReferredDepartmentAsksThenRemovesTheReferrers() throws Exception {
		DrawnStudy study = study();
		String original = study.text();
		Actor he = actor(study.caseA(), "HE");
		EditOutcome outcome = study.edit().delete(he, ReferencePolicy.REPORT);
		assertTrue(String.valueOf(outcome), outcome instanceof EditOutcome.NeedsDecision);
		DeletionImpact impact = ((EditOutcome.NeedsDecision) outcome).impact();
		assertFalse(impact.isFree());
		String summary = impact.summary();
		assertTrue(summary, summary.contains("link DA -> HE (data-sharing)"));
		assertTrue(summary, summary.contains("link HE <-> CA (data-sharing)"));
		assertTrue(summary, impact.referrers().stream().anyMatch(r -> r.element() instanceof Responsibility
				&& r.consequence() == Consequence.TAKEN_OUT_OF_LIST));
		assertTrue(summary, impact.referrers().stream().anyMatch(r -> r.element() instanceof CollaborationLink
				&& r.consequence() == Consequence.REMOVED));
		assertEquals("nothing changed while asking", original, study.text());
		assertTrue(study.caseA().getActors().contains(he));

		study.apply(changed(study.edit().delete(he, ReferencePolicy.REMOVE_REFERRERS)));
		assertNoProblems(study);
		assertEquals(0, count(study.text(), "\\bHE\\b"));
		assertEquals(commentLines(original), commentLines(study.text()));
		assertTrue(study.text().contains("responsible PF1, PS, HR, CA, MR enforced"));
		assertTrue(study.text().contains("affects PS resolved by VI"));
		assertNull(findActor(study.caseA(), "HE"));
	}

	@Test
	public void deletingADepartmentClearsReferencesInOtherFiles() throws Exception {
		DrawnStudy study = study();
		String sources = study.text("sources.cogov");
		study.apply(changed(study.edit().delete(actor(study.caseA(), "DA"), ReferencePolicy.REMOVE_REFERRERS)));
		assertNoProblems(study);
		assertEquals(0, count(study.text(), "\\bDA\\b"));
		assertTrue(study.text(), study.text().contains("body JM \"政务数据共享联席会议\" joint-meeting rule consensus meets 12 per year members PS, HR"));
		assertEquals(sources.replace(" affiliation CountyA.DA", ""), study.text("sources.cogov"));
		assertEquals(commentLines(sources), commentLines(study.text("sources.cogov")));
	}

	@Test
	public void deletingAStatementKeepsTheCommentAboveIt() throws Exception {
		String text = DrawnStudy.read("county-a.cogov").replace("\tlink DA <-> PS ", "\t// the first lateral link\n\tlink DA <-> PS ");
		DrawnStudy study = new DrawnStudy(injector, folder.getRoot(), text, FILES);
		TextChange change = changed(study.edit().delete(study.caseA().getLinks().get(1), ReferencePolicy.REPORT));
		assertEquals(1, change.files().get(0).edits().size());
		study.apply(change);
		assertTrue(study.text().contains("\t// the first lateral link\n\tlink DA <-> HR "));
		assertNoProblems(study);
	}

	@Test
	public void keepsTheLineBreaksOfTheFile() throws Exception {
		String text = DrawnStudy.read("county-a.cogov").replace("\r\n", "\n").replace("\n", "\r\n");
		DrawnStudy study = new DrawnStudy(injector, folder.getRoot(), text, FILES);
		study.apply(changed(study.edit().newDepartment(study.caseA(), DepartmentKind.HEALTH, null)));
		study.apply(changed(study.edit().delete(actor(study.caseA(), "HE"), ReferencePolicy.REMOVE_REFERRERS)));
		study.apply(changed(study.edit().newLink(study.caseA(), actor(study.caseA(), "Dept1"), actor(study.caseA(), "PS"), LinkKind.SECONDMENT)));
		assertFalse(study.text().replace("\r\n", "").contains("\n"));
		assertTrue(study.text().contains("\r\n\tdepartment Dept1 health\r\n"));
		assertTrue(study.text().contains("\tlink Dept1 -> PS secondment"));
		assertNoProblems(study);
	}

	@Test
	public void deletingAFreeElementNeedsNoDecision() throws Exception {
		DrawnStudy study = study();
		CollaborationLink link = study.caseA().getLinks().get(0);
		study.apply(changed(study.edit().delete(link, ReferencePolicy.REPORT)));
		assertFalse(study.text().contains("link GO -> DA joint-project"));
		assertNoProblems(study);
	}

	@Test
	public void changesKindsOfLinksAndRights() throws Exception {
		DrawnStudy study = study();
		String original = study.text();
		CollaborationLink link = study.caseA().getLinks().get(1);
		TextChange change = changed(study.edit().setLinkKind(link, LinkKind.JOINT_SERVICE));
		assertEquals(1, change.files().get(0).edits().size());
		study.apply(change);
		assertTrue(study.text().contains("link DA <-> PS joint-service via-platform"));
		study.apply(changed(study.edit().setLinkDirection(study.caseA().getLinks().get(1), LinkDirection.ONE_WAY)));
		assertTrue(study.text().contains("link DA -> PS joint-service via-platform"));

		DecisionRight right = phase(study, "P2").getDecisions().get(3).getRights().get(1); // propose CSOE
		study.apply(changed(study.edit().setRightKind(right, RightKind.VETO)));
		assertTrue(study.text().contains("\t\t\tfinal OC\n\t\t\tveto CSOE\n"));
		assertEquals(original.length() - "data-sharing<->propose".length() + "joint-service->veto".length(), study.text().length());
		assertNoProblems(study);
	}

	@Test
	public void refusesInvalidConnections() throws Exception {
		DrawnStudy study = study();
		PlatformCase c = study.caseA();
		Actor da = actor(c, "DA");
		Actor csoe = actor(c, "CSOE");
		assertTrue(study.edit().whyNot(Connection.LINK, da, csoe).contains("connects two departments, not"));
		assertTrue(study.edit().whyNot(Connection.LINK, da, da).contains("two different departments"));
		assertNull(study.edit().whyNot(Connection.LINK, da, actor(c, "PS")));
		assertRefused(study.edit().newLink(c, da, csoe, LinkKind.DATA_SHARING), "connects two departments");
		assertRefused(study.edit().newMembership(body(study, "P2", "JM"), da), "already a member");
		assertNull(study.edit().whyNot(Connection.MEMBERSHIP, csoe, body(study, "P2", "JM")));
		assertTrue(study.edit().whyNot(Connection.DECISION_RIGHT, body(study, "P1", "LG"), phase(study, "P2").getDecisions().get(0))
				.contains("own phase"));
		assertTrue(study.edit().whyNot(Connection.ROLE, phase(study, "P1"), da).contains("connects an actor to a phase"));
		assertRefused(study.edit().newRoleAssignment(phase(study, "P2"), da, RoleKind.PLANNER), "already has the role");
	}

	// ---------------------------------------------------------------- helpers

	private static void assertRefused(EditOutcome outcome, String reason) {
		assertTrue(String.valueOf(outcome), outcome instanceof EditOutcome.Refused refused && refused.reason().contains(reason));
	}

	/** An edit of a few lines: nothing else of the file is rewritten. */
	private static void assertSmall(TextChange change) {
		for (FileEdits edits : change.files()) {
			for (TextEdit edit : edits.edits()) {
				assertTrue(edit.toString(), edit.length() + edit.text().length() < 200);
			}
		}
	}

	private static StructurePhase phase(DrawnStudy study, String name) {
		return study.caseA().getPhases().stream().filter(p -> name.equals(p.getName())).findFirst().orElseThrow();
	}

	private static DecisionBody body(DrawnStudy study, String phase, String name) {
		DecisionBody body = phase(study, phase).getBodies().stream().filter(b -> name.equals(b.getName())).findFirst().orElse(null);
		assertNotNull(name, body);
		return body;
	}

	private static int count(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	private static Actor findActor(PlatformCase c, String name) {
		return c.getActors().stream().filter(a -> name.equals(a.getName())).findFirst().orElse(null);
	}

	private static Actor actor(PlatformCase c, String name) {
		Actor actor = findActor(c, name);
		assertNotNull(name, actor);
		return actor;
	}
}
