/*
 * Copyright (c) 2026 CoGov Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cogov.design.tests;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Checks the navigation in one AQL expression of an .odesign against the CoGov vocabulary, without an AQL
 * interpreter: every {@code .feature} step from a model element must exist (in the known class of {@code self}
 * and along typed chains, else in some class), every call must be an AQL operation or a service with the right
 * number of arguments, and every {@code model::X} and {@code model::E::L} must exist. Sirius' view variables are
 * not model elements and their steps are not checked.
 */
public final class AqlNavigation {

	/** Variables that hold Sirius views, not CoGov elements. */
	public static final Set<String> VIEW_VARIABLES = Set.of("view", "diagram", "containerView", "sourceView", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"targetView", "elementView", "viewpoint", "views", "preSourceView"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	/** Variables of Sirius tools that hold semantic elements of unknown class. */
	public static final Set<String> MODEL_VARIABLES = Set.of("container", "source", "target", "element", "instance", "preSource"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private static final Pattern TOKEN = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|[A-Za-z_][A-Za-z0-9_]*|\\d+(?:\\.\\d+)?|::|->|<>|<=|>=|\\S"); //$NON-NLS-1$
	private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "xor", "implies", "if", "then", "else", "endif", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"let", "in", "true", "false", "null"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final Set<String> TYPED_CALLS = Set.of("eContainer", "oclAsType"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Set<String> MODEL_CALLS = Set.of("eContainer", "eContents", "eAllContents", "oclAsType"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final Set<String> OTHER_CALLS = Set.of("eClass", "eResource", "oclIsKindOf", "oclIsTypeOf", "toString", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"size", "toUpper", "toLower", "concat", "startsWith", "endsWith", "contains", "substring", "trim", "round"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
	private static final Set<String> SAME_ELEMENTS = Set.of("select", "reject", "sortedBy", "asSet", "asSequence", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"asOrderedSet", "first", "last", "any", "reverse", "excluding", "including", "union"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	private static final Set<String> OTHER_RESULTS = Set.of("size", "isEmpty", "notEmpty", "exists", "forAll", "includes", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"excludes", "sum", "count", "one", "isUnique", "collect", "sep"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	/** What the expression computed so far stands for. */
	private record Value(Kind kind, Set<EClass> classes) {
		enum Kind { MODEL, FOREIGN, TYPE }

		static final Value FOREIGN = new Value(Kind.FOREIGN, Set.of());
		/** A model element of unknown class: steps are checked against every class. */
		static final Value ANY = new Value(Kind.MODEL, Set.of());

		static Value model(Set<EClass> classes) {
			return new Value(Kind.MODEL, classes);
		}
	}

	/** An open parenthesis: a call, a collection operation or a grouping. */
	private static final class Frame {
		final String operation;
		final boolean collection;
		final Value receiver;
		int arguments;
		boolean argumentStarted;
		Value typeArgument;

		Frame(String operation, boolean collection, Value receiver) {
			this.operation = operation;
			this.collection = collection;
			this.receiver = receiver;
		}
	}

	private final CogovVocabulary vocabulary;
	private final List<String> problems = new ArrayList<>();
	private final Set<String> servicesCalled = new LinkedHashSet<>();
	private int stepsChecked;

	public AqlNavigation(CogovVocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/** Problems found so far, each naming the expression. */
	public List<String> problems() {
		return problems;
	}

	/** Names of the services called by the expressions checked so far. */
	public Set<String> servicesCalled() {
		return servicesCalled;
	}

	/** The number of feature steps checked so far. */
	public int stepsChecked() {
		return stepsChecked;
	}

	/**
	 * Checks an expression.
	 *
	 * @param expression the whole expression ("aql:...", "feature:x", "var:x", "service:x", or a literal)
	 * @param self       the classes self can be; empty when unknown
	 * @param where      where the expression sits, for the problem texts
	 */
	public void check(String expression, Set<EClass> self, String where) {
		if (expression.startsWith("aql:")) { //$NON-NLS-1$
			aql(expression.substring(4), self, where + " " + expression); //$NON-NLS-1$
		} else if (expression.startsWith("feature:")) { //$NON-NLS-1$
			step(Value.model(self), expression.substring(8), where + " " + expression); //$NON-NLS-1$
		} else if (expression.startsWith("service:")) { //$NON-NLS-1$
			call(expression.substring(8).replaceAll("\\(.*", ""), 0, where + " " + expression); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} else if (expression.startsWith("var:")) { //$NON-NLS-1$
			String name = expression.substring(4);
			if (!name.equals("self") && !VIEW_VARIABLES.contains(name) && !MODEL_VARIABLES.contains(name)) { //$NON-NLS-1$
				problems.add(where + " " + expression + ": unknown variable " + name); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private void aql(String body, Set<EClass> self, String where) {
		List<String> tokens = new ArrayList<>();
		for (Matcher m = TOKEN.matcher(body); m.find();) {
			tokens.add(m.group());
		}
		new Walk(tokens, self, where).run();
	}

	/** One pass over the tokens of an expression, tracking what the expression read so far stands for. */
	private final class Walk {
		private final List<String> tokens;
		private final Set<EClass> self;
		private final String where;
		private final Map<String, Value> variables = new HashMap<>();
		private final Deque<Frame> frames = new ArrayDeque<>();
		private Value current;
		private int position;

		Walk(List<String> tokens, Set<EClass> self, String where) {
			this.tokens = tokens;
			this.self = self;
			this.where = where;
		}

		private String token(int offset) {
			return position + offset < tokens.size() ? tokens.get(position + offset) : ""; //$NON-NLS-1$
		}

		void run() {
			for (position = 0; position < tokens.size(); position++) {
				String token = token(0);
				if (!frames.isEmpty() && !token.equals(")")) { //$NON-NLS-1$
					frames.peek().argumentStarted = true;
				}
				if (token.startsWith("'") || Character.isDigit(token.charAt(0))) { //$NON-NLS-1$
					current = Value.FOREIGN;
				} else if (token.equals(vocabulary.packageName()) && token(1).equals("::")) { //$NON-NLS-1$
					current = qualified();
				} else if (token.equals(".") || token.equals("->")) { //$NON-NLS-1$ //$NON-NLS-2$
					navigate(token.equals("->")); //$NON-NLS-1$
				} else if (token.equals("(")) { //$NON-NLS-1$
					frames.push(new Frame(null, false, null));
					current = null;
				} else if (token.equals(")")) { //$NON-NLS-1$
					closeFrame();
				} else if (token.equals(",")) { //$NON-NLS-1$
					if (!frames.isEmpty()) {
						frames.peek().arguments++;
					}
					current = null;
				} else if (Character.isJavaIdentifierStart(token.charAt(0))) {
					current = variable(token);
				} else {
					current = null; // an operator
				}
			}
		}

		/** model::X (a class, as a type argument) or model::E::L (an enum value). */
		private Value qualified() {
			String type = token(2);
			if (token(3).equals("::")) { //$NON-NLS-1$
				String literal = token(4);
				EEnum eEnum = vocabulary.eEnum(type);
				if (eEnum == null || eEnum.getEEnumLiteral(literal) == null) {
					problems.add(where + ": no enum literal " + type + "::" + literal + " in the metamodel"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
				position += 4;
				return Value.FOREIGN;
			}
			position += 2;
			EClass eClass = vocabulary.eClass(vocabulary.packageName() + "::" + type); //$NON-NLS-1$
			if (eClass == null) {
				problems.add(where + ": no class " + type + " in the metamodel"); //$NON-NLS-1$ //$NON-NLS-2$
				return Value.FOREIGN;
			}
			return new Value(Value.Kind.TYPE, Set.of(eClass));
		}

		/** .feature, .call( or ->operation( after the current value. */
		private void navigate(boolean collection) {
			String name = token(1);
			Value receiver = current == null ? Value.FOREIGN : current;
			if (collection) {
				if (!SAME_ELEMENTS.contains(name) && !OTHER_RESULTS.contains(name) && !name.equals("filter")) { //$NON-NLS-1$
					problems.add(where + ": unknown collection operation ->" + name); //$NON-NLS-1$
				}
				frames.push(new Frame(name, true, receiver));
				current = null;
				position += 2;
			} else if (token(2).equals("(")) { //$NON-NLS-1$
				frames.push(new Frame(name, false, receiver));
				current = null;
				position += 2;
			} else {
				current = step(receiver, name, where);
				position += 1;
			}
		}

		private void closeFrame() {
			Frame frame = frames.pop();
			if (frame.argumentStarted) {
				frame.arguments++;
				if (current != null && current.kind() == Value.Kind.TYPE) {
					frame.typeArgument = current;
				}
			}
			current = close(frame, current, where);
		}

		private Value variable(String name) {
			if (token(1).equals("|")) { // a lambda parameter: the elements of the collection operation's receiver //$NON-NLS-1$
				variables.put(name, frames.isEmpty() ? Value.FOREIGN : frames.peek().receiver);
				position++;
				return null;
			}
			if (KEYWORDS.contains(name)) {
				return name.equals("true") || name.equals("false") || name.equals("null") ? Value.FOREIGN : null; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			if (name.equals("self")) { //$NON-NLS-1$
				return Value.model(self);
			}
			if (variables.containsKey(name)) {
				return variables.get(name);
			}
			if (VIEW_VARIABLES.contains(name)) {
				return Value.FOREIGN;
			}
			if (MODEL_VARIABLES.contains(name)) {
				return Value.ANY;
			}
			problems.add(where + ": unknown variable " + name); //$NON-NLS-1$
			return Value.FOREIGN;
		}
	}

	/** A feature step; the receiver's classes decide where the feature must be found. */
	private Value step(Value receiver, String name, String where) {
		if (receiver.kind() != Value.Kind.MODEL) {
			return Value.FOREIGN;
		}
		stepsChecked++;
		List<EStructuralFeature> features = vocabulary.features(receiver.classes(), name);
		if (features.isEmpty()) {
			problems.add(where + ": " + (receiver.classes().isEmpty() ? "no class" : names(receiver.classes())) //$NON-NLS-1$ //$NON-NLS-2$
					+ " has no feature '" + name + "'"); //$NON-NLS-1$ //$NON-NLS-2$
			return Value.FOREIGN;
		}
		Set<EClass> targets = new LinkedHashSet<>();
		for (EStructuralFeature feature : features) {
			if (!(feature instanceof EReference reference)) {
				return Value.FOREIGN;
			}
			targets.add(reference.getEReferenceType());
		}
		return Value.model(targets);
	}

	private Value close(Frame frame, Value last, String where) {
		if (frame.operation == null) {
			return last;
		}
		if (frame.collection) {
			if (frame.operation.equals("filter")) { //$NON-NLS-1$
				return frame.typeArgument == null ? Value.ANY : Value.model(frame.typeArgument.classes());
			}
			return SAME_ELEMENTS.contains(frame.operation) ? frame.receiver : Value.FOREIGN;
		}
		if (TYPED_CALLS.contains(frame.operation) && frame.typeArgument != null) {
			return Value.model(frame.typeArgument.classes());
		}
		if (MODEL_CALLS.contains(frame.operation)) {
			return Value.ANY;
		}
		if (OTHER_CALLS.contains(frame.operation)) {
			return Value.FOREIGN;
		}
		return call(frame.operation, frame.arguments, where);
	}

	/** A service call with that many arguments besides the receiver. */
	private Value call(String name, int arguments, String where) {
		List<Method> methods = vocabulary.services(name);
		servicesCalled.add(name);
		if (methods.isEmpty()) {
			problems.add(where + ": no service " + name + " in the declared Java extensions"); //$NON-NLS-1$ //$NON-NLS-2$
			return Value.FOREIGN;
		}
		for (Method method : methods) {
			if (method.getParameterCount() == arguments + 1) {
				Set<EClass> returned = vocabulary.returnedClasses(method);
				return returned == null ? Value.FOREIGN : Value.model(returned);
			}
		}
		problems.add(where + ": service " + name + " takes " + (methods.get(0).getParameterCount() - 1) //$NON-NLS-1$ //$NON-NLS-2$
				+ " argument(s), not " + arguments); //$NON-NLS-1$
		return Value.FOREIGN;
	}

	private static String names(Set<EClass> classes) {
		List<String> names = new ArrayList<>();
		classes.forEach(c -> names.add(c.getName()));
		return String.join("|", names); //$NON-NLS-1$
	}
}
