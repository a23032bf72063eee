/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.tests;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.emf.ecore.EClass;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads an .odesign as plain XML and checks every name it uses against the CoGov vocabulary: domain classes and
 * created types, the features set and unset by tools, the containments instances are created in, and every
 * expression (through {@link AqlNavigation}), each with the class {@code self} has where it is evaluated:
 * the mapping's domain class, the enclosing container's (or diagram's) class for semantic candidates, the
 * source mappings' classes for relation edges, and the created class inside a CreateInstance.
 */
public final class OdesignVocabularyCheck {

	/** Where expressions are evaluated: the classes of self here and for the candidates of child mappings. */
	private record Context(Set<EClass> self, Set<EClass> candidates, Set<EClass> diagram, String where) {
		Context with(Set<EClass> newSelf, String newWhere) {
			return new Context(newSelf, candidates, diagram, newWhere);
		}
	}

	private static final Pattern MAPPING_NAME = Pattern.compile("\\[name='([^']*)'\\]$"); //$NON-NLS-1$
	private static final Set<String> OPERATIONS = Set.of("tool_1:ChangeContext", "tool_1:SetValue", "tool_1:Unset", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"tool_1:CreateInstance", "tool_1:If", "tool_1:Let", "tool_1:For", "tool_1:RemoveElement"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private final CogovVocabulary vocabulary;
	private final AqlNavigation navigation;
	private final List<String> problems = new ArrayList<>();
	private final Map<String, Set<EClass>> mappingClasses = new HashMap<>();
	private final Set<String> imagePaths = new LinkedHashSet<>();
	private int expressions;
	private int classReferences;

	public OdesignVocabularyCheck(CogovVocabulary vocabulary) {
		this.vocabulary = vocabulary;
		this.navigation = new AqlNavigation(vocabulary);
	}

	/** Parses XML without DTDs or external entities. */
	public static Document parse(InputStream in) throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
			return factory.newDocumentBuilder().parse(in);
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException(e);
		}
	}

	/** The qualified class names of the viewpoints' Java extensions. */
	public static List<String> javaExtensions(Document document) {
		List<String> names = new ArrayList<>();
		for (Element extension : elements(document.getDocumentElement(), "ownedJavaExtensions")) { //$NON-NLS-1$
			names.add(extension.getAttribute("qualifiedClassName")); //$NON-NLS-1$
		}
		return names;
	}

	private static List<Element> elements(Element root, String tag) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = root.getElementsByTagName(tag);
		for (int i = 0; i < nodes.getLength(); i++) {
			found.add((Element) nodes.item(i));
		}
		return found;
	}

	/** Checks the whole document; the findings accumulate in {@link #problems()}. */
	public void check(Document document) {
		Element root = document.getDocumentElement();
		for (String tag : List.of("nodeMappings", "containerMappings", "subNodeMappings", "subContainerMappings", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"borderedNodeMappings", "edgeMappings")) { //$NON-NLS-1$ //$NON-NLS-2$
			for (Element mapping : elements(root, tag)) {
				mappingClasses.put(mapping.getAttribute("name"), classes(mapping.getAttribute("domainClass"))); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		walk(root, new Context(Set.of(), Set.of(), Set.of(), "")); //$NON-NLS-1$
	}

	private void walk(Element element, Context parent) {
		String tag = element.getTagName();
		String type = element.getAttribute("xsi:type"); //$NON-NLS-1$
		String where = parent.where() + '/' + (element.hasAttribute("name") ? element.getAttribute("name") : tag); //$NON-NLS-1$ //$NON-NLS-2$
		Set<EClass> own = element.hasAttribute("domainClass") ? classReference(element, "domainClass", where) : Set.of(); //$NON-NLS-1$ //$NON-NLS-2$
		Set<EClass> candidates = parent.candidates();
		Context here;
		if (type.endsWith(":DiagramDescription")) { //$NON-NLS-1$
			here = new Context(own, own, own, where);
		} else if (tag.equals("edgeMappings")) { //$NON-NLS-1$
			candidates = parent.diagram();
			here = parent.with(own.isEmpty() ? mappingsClasses(element.getAttribute("sourceMapping")) : own, where); //$NON-NLS-1$
		} else if (tag.endsWith("Mappings")) { //$NON-NLS-1$
			here = new Context(own, own, parent.diagram(), where);
		} else if (type.endsWith(":SemanticBasedDecoration")) { //$NON-NLS-1$
			here = parent.with(own, where);
		} else if (type.endsWith(":MappingFilter")) { //$NON-NLS-1$
			here = parent.with(mappingsClasses(element.getAttribute("mappings")), where); //$NON-NLS-1$
		} else if (type.startsWith("tool:") || type.equals("tool_1:ExternalJavaAction")) { //$NON-NLS-1$ //$NON-NLS-2$
			here = parent.with(Set.of(), where); // a tool's context is the clicked element, of any class
		} else if (type.equals("tool_1:CreateInstance")) { //$NON-NLS-1$
			Set<EClass> created = classReference(element, "typeName", where); //$NON-NLS-1$
			containment(parent.self(), element.getAttribute("referenceName"), created, where); //$NON-NLS-1$
			here = parent.with(created, where);
		} else if (type.equals("tool_1:ChangeContext")) { //$NON-NLS-1$
			here = parent.with(Set.of(), where);
		} else {
			here = parent.with(parent.self(), where);
		}
		if (type.equals("tool_1:SetValue") || type.equals("tool_1:Unset")) { //$NON-NLS-1$ //$NON-NLS-2$
			feature(parent.self(), element.getAttribute("featureName"), where); //$NON-NLS-1$
		}
		Set<EClass> self = OPERATIONS.contains(type) ? parent.self() : here.self();
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			String name = attribute.getName();
			if (name.endsWith("Expression") || name.equals("precondition") || name.endsWith("Precondition")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				expression(attribute.getValue(), name.equals("semanticCandidatesExpression") ? candidates : self, where + '@' + name); //$NON-NLS-1$
			}
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				walk(childElement, here);
			}
		}
	}

	private void expression(String value, Set<EClass> self, String where) {
		expressions++;
		if (value.startsWith("aql:") || value.startsWith("feature:") || value.startsWith("var:") || value.startsWith("service:")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			navigation.check(value, self, where);
		} else if (value.startsWith("[") || value.startsWith("<%") || value.startsWith("ocl:")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			problems.add(where + ": write AQL (aql:), not " + value); //$NON-NLS-1$
		} else if (value.startsWith("/")) { //$NON-NLS-1$
			imagePaths.add(value);
		}
	}

	private Set<EClass> classReference(Element element, String attribute, String where) {
		classReferences++;
		String value = element.getAttribute(attribute);
		Set<EClass> found = classes(value);
		if (found.isEmpty()) {
			problems.add(where + '@' + attribute + ": no class " + value + " in " + vocabulary.packageName()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return found;
	}

	private Set<EClass> classes(String qualifiedName) {
		EClass eClass = qualifiedName.isEmpty() ? null : vocabulary.eClass(qualifiedName);
		return eClass == null ? Set.of() : Set.of(eClass);
	}

	private Set<EClass> mappingsClasses(String references) {
		Set<EClass> classes = new LinkedHashSet<>();
		for (String reference : references.trim().split("\\s+")) { //$NON-NLS-1$
			Matcher name = MAPPING_NAME.matcher(reference);
			if (name.find()) {
				classes.addAll(mappingClasses.getOrDefault(name.group(1), Set.of()));
			}
		}
		return classes;
	}

	private void feature(Set<EClass> owners, String name, String where) {
		if (vocabulary.features(owners, name).isEmpty()) {
			problems.add(where + "@featureName: no feature " + name + (owners.isEmpty() ? " in any class" : " in " + owners)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private void containment(Set<EClass> owners, String reference, Set<EClass> created, String where) {
		if (created.isEmpty() || !vocabulary.canContain(owners, reference, created.iterator().next())) {
			problems.add(where + "@referenceName: no containment " + reference + " can hold " + created); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Everything found, the expression problems included. */
	public List<String> problems() {
		List<String> all = new ArrayList<>(problems);
		all.addAll(navigation.problems());
		return all;
	}

	/** Literal image paths of decorations and icons, "/bundle/path". */
	public Set<String> imagePaths() {
		return imagePaths;
	}

	public int expressions() {
		return expressions;
	}

	public int classReferences() {
		return classReferences;
	}

	public AqlNavigation navigation() {
		return navigation;
	}
}
