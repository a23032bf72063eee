/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.ide.drawing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cogov.dsl.ide.drawing.DeletionImpact.Consequence;
import org.cogov.dsl.ide.drawing.DeletionImpact.Referrer;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The references into an element from outside it, in every loaded file of the study: the files a rename must
 * update, and what a deletion must do to each referring element so that nothing is left dangling.
 */
final class Referrers {

	private Referrers() {
	}

	/** The files holding a reference to the element or to anything in it (its own file included if it does). */
	static Set<Resource> filesReferringTo(EObject element) {
		Set<EObject> inside = subtree(element);
		Set<Resource> files = new LinkedHashSet<>();
		for (Collection<Setting> settings : uses(inside, element).values()) {
			for (Setting setting : settings) {
				if (!inside.contains(setting.getEObject()) && setting.getEObject().eResource() != null) {
					files.add(setting.getEObject().eResource());
				}
			}
		}
		return files;
	}

	/**
	 * The referrers of everything a deletion takes away: the element with what it contains, and the elements that go
	 * with it because they cannot exist without a reference to it (their own referrers too, in turn).
	 */
	static DeletionImpact ofDeleting(EObject element) {
		Set<EObject> gone = subtree(element);
		Map<EObject, Referrer> removed = new LinkedHashMap<>();
		List<Referrer> others = new ArrayList<>();
		boolean grew = true;
		while (grew) {
			grew = false;
			others.clear();
			for (Map.Entry<EObject, Collection<Setting>> use : uses(gone, element).entrySet()) {
				for (Setting setting : use.getValue()) {
					EObject owner = setting.getEObject();
					EReference reference = (EReference) setting.getEStructuralFeature();
					if (gone.contains(owner) || reference.isContainment() || reference.isContainer()) {
						continue;
					}
					Consequence consequence = consequence(owner, reference, gone);
					Referrer referrer = referrer(owner, reference, use.getKey(), consequence);
					if (consequence == Consequence.REMOVED) {
						removed.putIfAbsent(owner, referrer);
						grew |= gone.addAll(subtree(owner));
					} else if (others.stream().noneMatch(o -> o.element() == owner && o.reference() == reference && o.target() == use.getKey())) {
						others.add(referrer);
					}
				}
			}
		}
		List<Referrer> all = new ArrayList<>(removed.values());
		others.stream().filter(o -> !gone.contains(o.element())).forEach(all::add);
		all.sort(Comparator.comparing((Referrer r) -> String.valueOf(r.file())).thenComparingInt(r -> offset(r.element())));
		return new DeletionImpact(element, ElementWords.describe(element), all);
	}

	/** A required reference takes its element with it; an optional one is cleared or taken out of its list. */
	private static Consequence consequence(EObject owner, EReference reference, Set<EObject> gone) {
		if (!reference.isMany()) {
			return reference.getLowerBound() > 0 ? Consequence.REMOVED : Consequence.CLEARED;
		}
		long left = ((List<?>) owner.eGet(reference)).stream().filter(target -> !gone.contains(target)).count();
		return left < reference.getLowerBound() ? Consequence.REMOVED : Consequence.TAKEN_OUT_OF_LIST;
	}

	private static Referrer referrer(EObject owner, EReference reference, EObject target, Consequence consequence) {
		String who = ElementWords.describe(owner);
		String description = switch (consequence) {
		case REMOVED -> who + " is deleted"; //$NON-NLS-1$
		case TAKEN_OUT_OF_LIST, CLEARED -> who + " no longer names " + ElementWords.name(target) + " as " //$NON-NLS-1$ //$NON-NLS-2$
				+ ElementWords.feature(reference);
		};
		return new Referrer(owner, reference, target, consequence, description, owner.eResource() == null ? null : owner.eResource().getURI());
	}

	/** Every use of the elements in the study's loaded files (references inside the deleted element included). */
	private static Map<EObject, Collection<Setting>> uses(Set<EObject> targets, EObject element) {
		Resource resource = element.eResource();
		if (resource == null) {
			return Map.of();
		}
		return resource.getResourceSet() == null ? EcoreUtil.UsageCrossReferencer.findAll(targets, resource)
				: EcoreUtil.UsageCrossReferencer.findAll(targets, resource.getResourceSet());
	}

	static Set<EObject> subtree(EObject element) {
		Set<EObject> all = new LinkedHashSet<>();
		all.add(element);
		for (TreeIterator<EObject> it = element.eAllContents(); it.hasNext();) {
			all.add(it.next());
		}
		return all;
	}

	private static int offset(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? Integer.MAX_VALUE : node.getOffset();
	}
}
