/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.scoping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * The scope of a reference inside a namespace of a file (the study, a case, a phase, a body, ...): a name declared in
 * the same file is looked up in one map per enclosing namespace, nearest first, from the name as written relative to
 * that namespace to the element it means. Names that are not declared in the file (another file of the study,
 * another study) and every other question (completion, suggestions for an unknown name) go to Xtext's chain of
 * scopes, which this stands in front of and agrees with: Xtext's chain, too, looks in the file's namespaces first,
 * nearest first, and takes the first element of the right type in the order of the file.
 * <p>
 * Why: Xtext's chain answers a name with one normalised, lower-cased lookup per enclosing namespace, which was most
 * of the time of linking a study.
 */
public final class NamespaceTable implements IScope {

	private final Map<QualifiedName, IEObjectDescription> own;
	private final NamespaceTable outer;
	private final Supplier<IScope> chainBuilder;
	private volatile IScope chain;

	private NamespaceTable(Map<QualifiedName, IEObjectDescription> own, NamespaceTable outer, Supplier<IScope> chainBuilder) {
		this.own = own;
		this.outer = outer;
		this.chainBuilder = chainBuilder;
	}

	/**
	 * The scope of the namespace named {@code namespace} (null for an element without a name) inside the scope of
	 * its enclosing namespace ({@code outer}, null at the top), in front of Xtext's chain for it (built when first
	 * needed; two threads may both build it, and get equal chains).
	 *
	 * @param declaredBelow the elements of the file whose names begin with {@code namespace}, in the order of the file
	 */
	static NamespaceTable of(QualifiedName namespace, List<IEObjectDescription> declaredBelow, EClass type,
			NamespaceTable outer, Supplier<IScope> chain) {
		Map<QualifiedName, IEObjectDescription> own = null;
		if (namespace != null) {
			for (IEObjectDescription element : declaredBelow) {
				if (EcoreUtil2.isAssignableFrom(type, element.getEClass())) {
					if (own == null) {
						own = new HashMap<>();
					}
					own.putIfAbsent(element.getName().skipFirst(namespace.getSegmentCount()), element);
				}
			}
		}
		return new NamespaceTable(own, outer, chain);
	}

	@Override
	public IEObjectDescription getSingleElement(QualifiedName name) {
		IEObjectDescription element = declaredInFile(name);
		return element != null ? element : chain().getSingleElement(name);
	}

	/**
	 * The element a name means if it is declared in the reference's own file (what {@link #getSingleElement} answers
	 * first); null if it is not, without looking at any other file.
	 */
	public IEObjectDescription declaredInFile(QualifiedName name) {
		for (NamespaceTable table = this; table != null; table = table.outer) {
			IEObjectDescription element = table.own == null ? null : table.own.get(name);
			if (element != null) {
				return element;
			}
		}
		return null;
	}

	@Override
	public Iterable<IEObjectDescription> getElements(QualifiedName name) {
		return chain().getElements(name);
	}

	@Override
	public IEObjectDescription getSingleElement(EObject object) {
		return chain().getSingleElement(object);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(EObject object) {
		return chain().getElements(object);
	}

	@Override
	public Iterable<IEObjectDescription> getAllElements() {
		return chain().getAllElements();
	}

	private IScope chain() {
		IScope built = chain;
		if (built == null) {
			built = chainBuilder.get();
			chain = built;
		}
		return built;
	}

	@Override
	public String toString() {
		return "NamespaceTable " + (own == null ? "{}" : own.keySet()) + " -> " + chain(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
