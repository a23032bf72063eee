/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.dsl.ide.drawing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.change.ChangeKind;
import org.eclipse.emf.ecore.change.FeatureChange;
import org.eclipse.emf.ecore.change.ListChange;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.formatting2.regionaccess.IAstRegion;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.ide.serializer.impl.PartialSerializer;
import org.eclipse.xtext.serializer.analysis.IGrammarConstraintProvider.IConstraint;
import org.eclipse.xtext.serializer.analysis.IGrammarConstraintProvider.IConstraintElement;
import org.eclipse.xtext.serializer.tokens.IEnumLiteralSerializer;

import com.google.inject.Inject;

/**
 * Xtext's partial serializer (used by its change serializer) with two gaps closed for the CoGov grammar, so that an
 * edit changes the text of the statement it concerns and nothing else:
 * <ul>
 * <li>the statements of a case or a phase sit in one loop of alternatives ({@code (actors+=Actor | links+=Link |
 * ...)*}). Xtext inserts or deletes one list element only when the element's own assignment repeats; otherwise it
 * rewrites the whole case. Here a new element is written after its nearest earlier sibling of the same list (or
 * before the next one), and a removed element's text is deleted.</li>
 * <li>a changed enumeration word (a link's kind, a right's type) went through the value converters, which know no
 * enumeration rules, and failed; here it is written as the enumeration's literal.</li>
 * <li>a cleared optional value ({@code chair DA}) lost its value but kept its keyword; the element is rewritten.</li>
 * </ul>
 * Anything else falls back to Xtext: rewriting the changed element, which keeps its comments and layout.
 */
public class StatementSerializer extends PartialSerializer {

	@Inject
	private IEnumLiteralSerializer enumLiterals;

	@Override
	protected List<SerializationStrategy> trySerializeMultiValue(EObject owner, FeatureChange change, IEObjectRegion ownerRegion,
			IConstraint constraint) {
		List<SerializationStrategy> strategies = super.trySerializeMultiValue(owner, change, ownerRegion, constraint);
		EStructuralFeature feature = change.getFeature();
		if (strategies != null || !(feature instanceof EReference reference) || !reference.isContainment()) {
			return strategies;
		}
		List<IConstraintElement> assignments = constraint.getFeatures()[owner.eClass().getFeatureID(feature)].getAssignments();
		if (assignments.isEmpty() || !assignments.stream().allMatch(a -> repeatsAlone(a.getGrammarElement()))) {
			return null;
		}
		return statementsOfList(owner, change, ownerRegion);
	}

	/**
	 * The assignment sits in a loop that repeats it with nothing in between but other alternatives, so one more
	 * element can be written right next to another ({@code (actors+=Actor | links+=Link)*}), unlike a list with
	 * separators ({@code members+=Membership (',' members+=Membership)*}).
	 */
	private static boolean repeatsAlone(AbstractElement assigned) {
		for (AbstractElement element = GrammarUtil.containingAssignment(assigned); element != null;) {
			if (GrammarUtil.isMultipleCardinality(element)) {
				return true;
			}
			if (!(element.eContainer() instanceof Alternatives alternatives)) {
				return false;
			}
			element = alternatives;
		}
		return false;
	}

	/** Deletes the text of removed elements and writes new ones next to a sibling; null when there is no sibling. */
	private List<SerializationStrategy> statementsOfList(EObject owner, FeatureChange change, IEObjectRegion ownerRegion) {
		ITextRegionAccess access = ownerRegion.getTextRegionAccess();
		List<?> now = (List<?>) owner.eGet(change.getFeature());
		List<SerializationStrategy> strategies = new ArrayList<>();
		// the recorded list changes undo the edit: what they add back is what the edit removed
		for (ListChange listChange : change.getListChanges()) {
			if (listChange.getKind() == ChangeKind.ADD_LITERAL) {
				for (EObject removed : listChange.getReferenceValues()) {
					IEObjectRegion region = access.regionForEObject(removed);
					if (region != null && !now.contains(removed)) {
						strategies.add(new DeleteRegionStrategy(region));
					}
				}
			}
		}
		Set<IHiddenRegion> used = new HashSet<>();
		for (int i = 0; i < now.size(); i++) {
			EObject element = (EObject) now.get(i);
			IEObjectRegion existing = access.regionForEObject(element);
			if (existing != null) {
				if (existing.getContainingRegion() != ownerRegion || !change.getFeature().equals(existing.getContainingFeature())) {
					return null; // moved here from elsewhere: let Xtext rewrite the owner
				}
				continue;
			}
			IHiddenRegion at = insertionPoint(now, i, access);
			if (at == null || !used.add(at)) {
				return null; // no sibling to write it next to, or two new elements at one place
			}
			strategies.add(new SerializeRecursiveStrategy(at, element, getSerializationContext(element)));
		}
		return strategies;
	}

	/** After the nearest earlier element that was already written, else before the nearest later one. */
	private static IHiddenRegion insertionPoint(List<?> now, int index, ITextRegionAccess access) {
		for (int i = index - 1; i >= 0; i--) {
			IEObjectRegion region = access.regionForEObject((EObject) now.get(i));
			if (region != null) {
				return region.getNextHiddenRegion();
			}
		}
		for (int i = index + 1; i < now.size(); i++) {
			IEObjectRegion region = access.regionForEObject((EObject) now.get(i));
			if (region != null) {
				return region.getPreviousHiddenRegion();
			}
		}
		return null;
	}

	/** A cleared value may leave its keyword behind ({@code chair}): the element is rewritten instead. */
	@Override
	protected List<SerializationStrategy> trySerializeSingleValue(EObject owner, FeatureChange change, IEObjectRegion ownerRegion,
			IConstraint constraint) {
		return owner.eIsSet(change.getFeature()) ? super.trySerializeSingleValue(owner, change, ownerRegion, constraint) : null;
	}

	@Override
	protected SerializationStrategy updateSingleValue(EObject object, EStructuralFeature feature, IAstRegion region) {
		if (feature instanceof EAttribute && region instanceof ISemanticRegion word && region.getGrammarElement() instanceof RuleCall call
				&& call.getRule() instanceof EnumRule) {
			String literal = enumLiterals.serializeAssignedEnumLiteral(object, call, object.eGet(feature), null, getErrorAcceptor());
			return literal == null ? null : new ReplaceRegionStrategy(word, literal);
		}
		return super.updateSingleValue(object, feature, region);
	}
}
