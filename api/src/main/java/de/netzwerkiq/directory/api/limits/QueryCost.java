package de.netzwerkiq.directory.api.limits;

import java.util.HashMap;
import java.util.Map;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The shape of one operation: how deep it nests, how many aliases and directives it uses
 * and what it costs. Each fragment is measured once and its figures multiplied by its
 * uses, so a document of fragments that expand exponentially is measured in linear time
 * (and rejected) instead of being expanded.
 *
 * <p>
 * Cost: every field costs 1 plus what it selects; every field of the root type costs
 * {@value #REQUEST_COST} more, because it is a request to Elasticsearch; a field that
 * takes {@code first} (a connection's {@code edges}, a plain list) counts what it selects
 * {@code first} times. The finder's usual query (20 results with titles, three facets)
 * costs about 200.
 */
public final class QueryCost {

	/** Extra cost of each root field: each one is a search. */
	public static final int REQUEST_COST = 10;

	/** The page size assumed where {@code first} has no value and no default. */
	private static final int DEFAULT_PAGE = 100;

	private final GraphQLSchema schema;

	private final Map<String, FragmentDefinition> fragments;

	private final Map<String, Object> variables;

	private final Map<String, Measure> measured = new HashMap<>();

	QueryCost(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
		this.schema = schema;
		this.fragments = fragments;
		this.variables = variables;
	}

	/**
	 * The figures of one operation.
	 *
	 * @param depth deepest field nesting
	 * @param aliases aliased fields
	 * @param directives directives used
	 * @param cost the cost
	 */
	public record Measure(int depth, long aliases, long directives, long cost) {

		static final Measure NONE = new Measure(0, 0, 0, 0);

		Measure plus(Measure other) {
			return new Measure(Math.max(this.depth, other.depth), add(this.aliases, other.aliases),
					add(this.directives, other.directives), add(this.cost, other.cost));
		}

		private static long add(long a, long b) {
			long sum = a + b;
			return (sum < 0) ? Long.MAX_VALUE : sum;
		}

		private static long times(long a, long b) {
			return (b != 0 && a > Long.MAX_VALUE / b) ? Long.MAX_VALUE : a * b;
		}

	}

	Measure of(OperationDefinition operation) {
		GraphQLObjectType root = switch (operation.getOperation()) {
			case MUTATION -> this.schema.getMutationType();
			case SUBSCRIPTION -> this.schema.getSubscriptionType();
			default -> this.schema.getQueryType();
		};
		Measure own = new Measure(0, 0, operation.getDirectives().size(), 0);
		return (root != null) ? own.plus(selections(operation.getSelectionSet(), root, true)) : own;
	}

	private Measure selections(SelectionSet set, GraphQLCompositeType parent, boolean root) {
		Measure total = Measure.NONE;
		for (Selection<?> selection : set.getSelections()) {
			if (selection instanceof Field field) {
				total = total.plus(field(field, parent, root));
			}
			else if (selection instanceof InlineFragment inline) {
				GraphQLCompositeType type = (inline.getTypeCondition() != null)
						? (GraphQLCompositeType) this.schema.getType(inline.getTypeCondition().getName()) : parent;
				Measure inner = (type != null) ? selections(inline.getSelectionSet(), type, root) : Measure.NONE;
				total = total.plus(new Measure(inner.depth(), inner.aliases(),
						Measure.add(inner.directives(), inline.getDirectives().size()), inner.cost()));
			}
			else if (selection instanceof FragmentSpread spread) {
				Measure inner = fragment(spread.getName(), root);
				total = total.plus(new Measure(inner.depth(), inner.aliases(),
						Measure.add(inner.directives(), spread.getDirectives().size()), inner.cost()));
			}
		}
		return total;
	}

	private Measure fragment(String name, boolean root) {
		String key = name + (root ? "@root" : "");
		Measure known = this.measured.get(key);
		if (known != null) {
			return known;
		}
		// Validation has ruled out cycles; this guards the measuring itself.
		this.measured.put(key, Measure.NONE);
		FragmentDefinition definition = this.fragments.get(name);
		Measure measure = Measure.NONE;
		if (definition != null
				&& this.schema.getType(definition.getTypeCondition().getName()) instanceof GraphQLCompositeType type) {
			Measure inner = selections(definition.getSelectionSet(), type, root);
			measure = new Measure(inner.depth(), inner.aliases(),
					Measure.add(inner.directives(), definition.getDirectives().size()), inner.cost());
		}
		this.measured.put(key, measure);
		return measure;
	}

	private Measure field(Field field, GraphQLCompositeType parent, boolean root) {
		long aliases = (field.getAlias() != null) ? 1 : 0;
		long directives = field.getDirectives().size();
		// Introspection is bounded by graphql-java's own checks; __typename is free.
		if (field.getName().startsWith("__") || !(parent instanceof GraphQLFieldsContainer container)) {
			return new Measure(0, aliases, directives, 0);
		}
		GraphQLFieldDefinition definition = container.getFieldDefinition(field.getName());
		if (definition == null) {
			return new Measure(1, aliases, directives, 1);
		}
		GraphQLType type = GraphQLTypeUtil.unwrapAll(definition.getType());
		Measure inner = (field.getSelectionSet() != null && type instanceof GraphQLCompositeType composite)
				? selections(field.getSelectionSet(), composite, false) : Measure.NONE;
		long repeat = 1;
		if (definition.getArgument("first") != null
				&& GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(definition.getType()))) {
			repeat = first(field, definition);
		}
		long cost = Measure.add(1 + (root ? REQUEST_COST : 0), Measure.times(inner.cost(), repeat));
		if (type instanceof GraphQLFieldsContainer fields
				&& (fields.getFieldDefinition("edges") != null || fields.getFieldDefinition("records") != null)
				&& definition.getArgument("first") != null) {
			cost = Measure.add(1 + (root ? REQUEST_COST : 0), connection(field, fields, first(field, definition)));
		}
		return new Measure(inner.depth() + 1, Measure.add(inner.aliases(), aliases),
				Measure.add(inner.directives(), directives), cost);
	}

	/** What a connection's selection costs, its edges counted once per result. */
	private long connection(Field field, GraphQLFieldsContainer connection, long first) {
		long cost = 0;
		for (Selection<?> selection : field.getSelectionSet().getSelections()) {
			SelectionSet single = SelectionSet.newSelectionSet().selection(selection).build();
			long part = selections(single, connection, false).cost();
			// A sync page's records are its edges.
			boolean edges = selection instanceof Field child
					&& (child.getName().equals("edges") || child.getName().equals("records"));
			// Edges selected through a fragment are counted once per result as well.
			boolean spread = !(selection instanceof Field);
			cost = Measure.add(cost, (edges || spread) ? Measure.times(part, first) : part);
		}
		return cost;
	}

	private long first(Field field, GraphQLFieldDefinition definition) {
		Object value = null;
		for (graphql.language.Argument argument : field.getArguments()) {
			if (argument.getName().equals("first")) {
				value = literal(argument.getValue());
			}
		}
		if (value == null) {
			GraphQLArgument argument = definition.getArgument("first");
			if (argument.hasSetDefaultValue()) {
				Object fallback = argument.getArgumentDefaultValue().getValue();
				value = (fallback instanceof Value<?> literal) ? literal(literal) : fallback;
			}
		}
		long first = (value instanceof Number number) ? number.longValue() : DEFAULT_PAGE;
		// Out-of-range values are refused by the field itself; here they must not make
		// the cost look small.
		return Math.max(first, 1);
	}

	private Object literal(Value<?> value) {
		if (value instanceof IntValue integer) {
			return integer.getValue();
		}
		if (value instanceof VariableReference variable) {
			return this.variables.get(variable.getName());
		}
		return null;
	}

}
