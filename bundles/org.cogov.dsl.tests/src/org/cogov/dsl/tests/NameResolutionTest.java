/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.cogov.dsl.CogovRuntimeModule;
import org.cogov.dsl.study.FileDiagnostic;
import org.cogov.dsl.study.LoadedStudy;
import org.cogov.dsl.study.StudyIndex;
import org.cogov.dsl.study.StudyLoader;
import org.cogov.dsl.synthetic.SyntheticStudy;
import org.cogov.model.DecisionBody;
import org.cogov.model.GovernmentDepartment;
import org.cogov.model.Study;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.name.Names;
import com.google.inject.util.Modules;

/**
 * The language's own naming and scoping (qualified names read from the metamodel, a table of the names declared in
 * each file in front of Xtext's chain of scopes, no clearing of references a file being loaded does not have yet)
 * link every reference to the element Xtext's own providers link it to, and report the same problems: on the
 * examples, a generated study and a study written to hit the corners (shadowing, full and study-relative names,
 * names of the wrong type, unknown and duplicate names, another study's names).
 */
public class NameResolutionTest {

	@ClassRule
	public static TemporaryFolder folder = new TemporaryFolder();

	/** Names that mean different elements from different places, and names that mean nothing. */
	private static final String CORNERS = """
			study S
			case K {
				department DA data-authority
				department DA government-office
				department LG government-office
				enterprise EN private
				phase P1 from 2020-01-01 {
					role DA planner
					role S.K.DA funder
					role K.EN builder
					body LG leading-group chair LG members LG, DA
					decision D1 strategy {
						final LG
						propose K.LG
						consulted S.K.P1.LG
					}
					role Nobody operator
					role G01 operator
					role S.G01 operator
					role T.K.DA operator
				}
			}
			case K2 {
				department DA data-authority
				phase P1 {
					role K.DA planner
					role DA planner
					role K2.DA funder
					body B joint-meeting members K.LG, LG
				}
			}
			""";

	private static final String CORNER_SOURCES = """
			study S
			sources {
				interviewee G01 side government affiliation K.DA
				interviewee G02 side government affiliation S.K2.DA
				interviewee G03 side government affiliation DA
				interviewee G04 side government affiliation T.K.DA
			}
			""";

	private static final String OTHER_STUDY = """
			study T
			case K {
				department DA data-authority
				phase P {
					role K.DA planner
					role S.K.DA planner
					role DA planner
				}
				mechanism M value-integration {
					evidence G01 hoop
					evidence S.G01 hoop
				}
			}
			""";

	/** Xtext's chain of scopes with the language's one rule of its own: a file imports its study's names. */
	public static class XtextChain extends ImportedNamespaceAwareLocalScopeProvider {
		@Override
		protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
			return context instanceof Study study && study.getName() != null
					? Collections.singletonList(new ImportNormalizer(QualifiedName.create(study.getName()), true, ignoreCase))
					: Collections.emptyList();
		}
	}

	@Test
	public void theCornersLinkAsWithXtextsOwnProviders() throws IOException {
		Path corners = folder.newFolder("corners").toPath();
		Files.writeString(corners.resolve("k.cogov"), CORNERS);
		Files.writeString(corners.resolve("sources.cogov"), CORNER_SOURCES);
		Files.writeString(corners.resolve("t.cogov"), OTHER_STUDY);
		LoadedStudy study = linkAlike(List.of(corners));

		// and the corners are what they are meant to be
		Study s = (Study) study.resources().get(corners.resolve("k.cogov")).getContents().get(0);
		DecisionBody lg = s.getCases().get(0).getPhases().get(0).getBodies().get(0);
		GovernmentDepartment departmentLg = (GovernmentDepartment) s.getCases().get(0).getActors().get(2);
		assertEquals("a body's chair is the department LG, not the body LG", departmentLg, lg.getChair());
		assertEquals("a decision right of LG in the phase is the body", lg,
				s.getCases().get(0).getPhases().get(0).getDecisions().get(0).getRights().get(0).getHolder());
		assertEquals("of two departments DA, the first", s.getCases().get(0).getActors().get(0),
				s.getCases().get(0).getPhases().get(0).getRoles().get(0).getActor());
		List<String> unknown = study.diagnostics().stream().filter(FileDiagnostic::isError).map(FileDiagnostic::message).toList();
		assertTrue(unknown.toString(), unknown.stream().anyMatch(message -> message.contains("Nobody")));
		assertTrue(unknown.toString(), unknown.stream().anyMatch(message -> message.contains("G01")));
	}

	@Test
	public void theExamplesAndAGeneratedStudyLinkAsWithXtextsOwnProviders() throws IOException {
		Path generated = folder.newFolder("generated").toPath();
		new SyntheticStudy(8, 12).write(generated);
		List<Path> files = new ArrayList<>();
		for (File example : StudyFixtures.exampleFiles()) {
			files.add(example.toPath());
		}
		linkAlike(files);
		linkAlike(List.of(generated));
		linkAlike(List.of(Path.of("resources/every-construct.cogov"))); //$NON-NLS-1$
	}

	@Test
	public void aFileParsedAgainHasEachReferenceOnce() throws IOException {
		Path corners = folder.newFolder("again").toPath();
		Files.writeString(corners.resolve("k.cogov"), CORNERS);
		LoadedStudy study = StudyLoader.standalone().load(List.of(corners), false, StudyLoader.Progress.NONE);
		XtextResource file = (XtextResource) study.resources().get(corners.resolve("k.cogov"));
		List<String> before = references(file);
		file.reparse(CORNERS);
		StudyIndex.update(file);
		EcoreUtil.resolveAll(file);
		assertEquals("the references of a file parsed again", before, references(file));
	}

	/** Loads the files with the language's providers and with Xtext's own; asserts the same links and problems. */
	private static LoadedStudy linkAlike(List<Path> files) {
		LoadedStudy ours = StudyLoader.standalone().load(files, true, StudyLoader.Progress.NONE);
		LoadedStudy xtexts = new StudyLoader(xtextsInjector()).load(files, true, StudyLoader.Progress.NONE);
		assertEquals(problems(xtexts), problems(ours));
		assertEquals(xtexts.resources().keySet(), ours.resources().keySet());
		int references = 0;
		for (Map.Entry<Path, Resource> file : ours.resources().entrySet()) {
			List<String> expected = references(xtexts.resources().get(file.getKey()));
			assertEquals(file.getKey().toString(), expected, references(file.getValue()));
			references += expected.size();
		}
		assertTrue("references compared: " + references, references > 20);
		return ours;
	}

	private static Injector xtextsInjector() {
		return Guice.createInjector(Modules.override(new CogovRuntimeModule()).with(new AbstractModule() {
			@Override
			protected void configure() {
				bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
						.to(XtextChain.class);
				bind(IQualifiedNameProvider.class).to(DefaultDeclarativeQualifiedNameProvider.class);
			}
		}));
	}

	private static List<String> problems(LoadedStudy study) {
		return study.diagnostics().stream().map(FileDiagnostic::toString).toList();
	}

	/** Every reference of a file in order: where it is, and the element it links to (or the name it could not). */
	private static List<String> references(Resource file) {
		List<String> references = new ArrayList<>();
		for (Iterator<EObject> elements = file.getAllContents(); elements.hasNext();) {
			EObject element = elements.next();
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
					continue;
				}
				List<EObject> targets = reference.isMany() ? listOf(element.eGet(reference))
						: element.eGet(reference) == null ? List.of() : List.of((EObject) element.eGet(reference));
				for (EObject target : targets) {
					references.add(path(element) + " " + reference.getName() + " -> "
							+ (target.eIsProxy() ? "unresolved" : path(target)));
				}
			}
		}
		assertFalse(references.isEmpty());
		return references;
	}

	/** Where an element is, by position (its name may not tell it from another one of the same name). */
	private static String path(EObject element) {
		StringBuilder path = new StringBuilder();
		for (EObject at = element; at.eContainer() != null; at = at.eContainer()) {
			Object siblings = at.eContainer().eGet(at.eContainmentFeature());
			int index = siblings instanceof List<?> list ? list.indexOf(at) : 0;
			path.insert(0, "/" + at.eContainmentFeature().getName() + "." + index); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return element.eResource().getURI().lastSegment() + path;
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> listOf(Object value) {
		return new ArrayList<>((EList<EObject>) value);
	}
}
