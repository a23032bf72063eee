/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cogov.dsl.ide.CogovIdeSetup;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.util.Modules2;
import org.junit.Test;

import com.google.inject.Injector;
import com.google.inject.Module;

/**
 * The language server in-process: diagnostics, completion, hover, document symbols, formatting, go to
 * definition and rename across files.
 */
public class CogovLanguageServerTest extends AbstractLanguageServerTest {

	private static final String SOURCES = "study S\nsources {\n\tinterviewee G01 side government affiliation A.DA\n}\n";
	private static final String CASE_A = "study S\ncase A \"甲县\" {\n\tdepartment DA \"大数据局\" data-authority\n"
			+ "\tdepartment PS public-security\n\tlink DA <-> PS data-sharing via-platform\n"
			+ "\tmechanism VI value-integration {\n\t\tevidence G01 hoop\n\t}\n}\n";

	public CogovLanguageServerTest() {
		super("cogov");
	}

	@Override
	protected Module getServerModule() {
		// the server finds languages through java.util.ServiceLoader, which OSGi does not serve: bind directly
		return Modules2.mixin(super.getServerModule(), binder -> {
			Injector injector = new CogovIdeSetup().createInjectorAndDoEMFRegistration();
			IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
			registry.getExtensionToFactoryMap().put("cogov", injector.getInstance(IResourceServiceProvider.class));
			binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry);
		});
	}

	@Test
	public void publishesModelerWordedDiagnostics() {
		String uri = writeFile("bad.cogov", "study S\ncase A {\n\tdepartment PS public-security\n\tlink PSB <-> PS data-sharing\n}\n");
		initialize();
		List<String> messages = getDiagnostics().get(uri).stream().map(CogovLanguageServerTest::message).toList();
		assertTrue(messages.toString(), messages.stream().anyMatch(m -> m.startsWith("unknown department 'PSB' in case 'A'")));
		assertTrue("the rules' warnings arrive too: " + messages, messages.stream().anyMatch(m -> m.startsWith("COGOV-W02")));
	}

	@Test
	public void completesActorsAndEnumerationWords() throws Exception {
		String uri = writeFile("a.cogov", CASE_A);
		initialize();
		String text = CASE_A.replace("\tlink DA <-> PS", "\tlink DA <-> ");
		open(uri, text);
		int line = 4;
		List<String> labels = complete(uri, line, "\tlink DA <-> ".length());
		assertTrue(labels.toString(), labels.contains("PS"));
		assertTrue(labels.toString(), labels.contains("DA"));

		String dept = CASE_A.replace("department PS public-security", "department PS ");
		open(uri, dept);
		List<String> words = complete(uri, 3, "\tdepartment PS ".length());
		assertTrue(words.toString(), words.contains("data-authority"));
		assertTrue(words.toString(), words.contains("vertical"));
	}

	@Test
	public void hoverShowsKindLabelAndPlace() throws Exception {
		String uri = writeFile("a.cogov", CASE_A);
		writeFile("sources.cogov", SOURCES);
		initialize();
		HoverParams params = new HoverParams(new TextDocumentIdentifier(uri), new Position(4, "\tlink ".length() + 1));
		Hover hover = languageServer.hover(params).get();
		String text = hover.getContents().getRight().getValue();
		assertTrue(text, text.contains("**department 'DA'** \u2014 大数据局"));
		assertTrue(text, text.contains("in case 'A'"));
	}

	@Test
	public void documentSymbolsFollowTheModel() throws Exception {
		String uri = writeFile("a.cogov", CASE_A);
		initialize();
		List<Either<SymbolInformation, DocumentSymbol>> symbols = languageServer
				.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get();
		List<String> names = symbols.stream().map(s -> s.isLeft() ? s.getLeft().getName() : s.getRight().getName()).toList();
		assertTrue(names.toString(), names.contains("S.A.DA"));
		assertTrue(names.toString(), names.contains("S.A.VI"));
	}

	@Test
	public void formatsADocument() throws Exception {
		String uri = writeFile("messy.cogov", "study   S case A{department DA   data-authority}");
		initialize();
		DocumentFormattingParams params = new DocumentFormattingParams(new TextDocumentIdentifier(uri),
				new FormattingOptions(4, false));
		List<? extends TextEdit> edits = languageServer.formatting(params).get();
		assertFalse(edits.isEmpty());
		assertEquals("study S\n\ncase A {\n\tdepartment DA data-authority\n}\n", // FormattingOptions: tabs
				apply("study   S case A{department DA   data-authority}", edits));
	}

	@Test
	public void goesToTheDefinitionInAnotherFile() throws Exception {
		String caseUri = writeFile("a.cogov", CASE_A);
		String sourcesUri = writeFile("sources.cogov", SOURCES);
		initialize();
		DefinitionParams params = new DefinitionParams(new TextDocumentIdentifier(caseUri), new Position(6, "\t\tevidence G".length()));
		List<? extends Location> locations = languageServer.definition(params).get().getLeft();
		org.junit.Assert.assertEquals(1, locations.size());
		assertEquals(sourcesUri, locations.get(0).getUri());
		org.junit.Assert.assertEquals(2, locations.get(0).getRange().getStart().getLine());
	}

	@Test
	public void renamesADepartmentInEveryFile() throws Exception {
		String caseUri = writeFile("a.cogov", CASE_A);
		String sourcesUri = writeFile("sources.cogov", SOURCES);
		initialize();
		RenameParams params = new RenameParams(new TextDocumentIdentifier(caseUri), new Position(2, "\tdepartment D".length()),
				"DataAuthority");
		WorkspaceEdit edit = languageServer.rename(params).get();
		Map<String, List<String>> changed = edit.getDocumentChanges() != null
				? edit.getDocumentChanges().stream().map(Either::getLeft).collect(Collectors.toMap(
						e -> e.getTextDocument().getUri(), e -> e.getEdits().stream().map(TextEdit::getNewText).toList()))
				: edit.getChanges().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
						e -> e.getValue().stream().map(TextEdit::getNewText).toList()));
		assertTrue(changed.toString(), changed.get(caseUri).size() >= 2); // the declaration and the link end
		assertTrue(changed.toString(), changed.get(sourcesUri).stream().anyMatch(t -> t.contains("DataAuthority")));
	}

	private List<String> complete(String uri, int line, int column) throws Exception {
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, column));
		Either<List<CompletionItem>, org.eclipse.lsp4j.CompletionList> result = languageServer.completion(params).get();
		List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
		return items.stream().map(CompletionItem::getLabel).toList();
	}

	/** Applies LSP text edits (single-line document positions) to a text, last edit first. */
	private static String apply(String text, List<? extends TextEdit> edits) {
		List<? extends TextEdit> sorted = edits.stream().sorted((a, b) -> Integer.compare(
				b.getRange().getStart().getCharacter(), a.getRange().getStart().getCharacter())).toList();
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : sorted) {
			org.junit.Assert.assertEquals("the test text has one line", 0, edit.getRange().getStart().getLine());
			result.replace(edit.getRange().getStart().getCharacter(), edit.getRange().getEnd().getCharacter(), edit.getNewText());
		}
		return result.toString();
	}

	private static String message(Diagnostic diagnostic) {
		Object value = diagnostic.getMessage();
		if (value instanceof Either<?, ?> either) {
			return String.valueOf(either.isLeft() ? either.getLeft() : either.getRight());
		}
		return String.valueOf(value);
	}
}
