package de.netzwerkiq.directory.api.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import graphql.GraphQLContext;
import graphql.TrivialDataFetcher;
import graphql.execution.ValuesResolver;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every field's arguments are made of before a controller or data fetcher sees them,
 * read from the schema once, for every field alike:
 * <ul>
 * <li>An explicit {@code null} for an argument with a default is the default: a client
 * that passes {@code first: $first} without a value means "the usual", and a controller
 * cannot bind null to the number it expects.</li>
 * <li>Every list, as an argument or inside an input object, holds at most
 * {@value #MAX_LIST_VALUES} values (more is a BAD_REQUEST naming it) and each value once:
 * lists mean "any of", so a repeat changes nothing but the work done.</li>
 * </ul>
 * Fields with neither kind of argument keep their data fetcher as it is.
 */
@Configuration(proxyBeanMethods = false)
public class ArgumentValues {

	/**
	 * More than any enum of the schema has values; a list is something a person picks.
	 */
	public static final int MAX_LIST_VALUES = 100;

	@Bean
	GraphQlSourceBuilderCustomizer argumentValuesFromTheSchema() {
		return (builder) -> builder.typeVisitors(List.of(new Visitor()));
	}

	/**
	 * Refuses a list over {@value #MAX_LIST_VALUES} values and drops repeats, keeping the
	 * first of each; for arguments read before their own field is fetched (a connection's
	 * facets, computed with its search).
	 * @param argument the argument's path for the message, e.g. {@code facets.fields}
	 * @return the values, each once
	 * @throws InvalidArgumentException when there are too many
	 */
	public static List<?> distinctValues(String argument, Collection<?> values) {
		if (values.size() > MAX_LIST_VALUES) {
			throw new InvalidArgumentException(argument,
					argument + " takes at most " + MAX_LIST_VALUES + " values (got " + values.size() + ")");
		}
		Set<Object> distinct = new LinkedHashSet<>(values);
		return (distinct.size() == values.size() && values instanceof List<?> list) ? list : new ArrayList<>(distinct);
	}

	/** Wraps the data fetcher of every field whose arguments need it. */
	private static final class Visitor extends GraphQLTypeVisitorStub {

		@Override
		public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
				TraverserContext<GraphQLSchemaElement> context) {
			if (context.getParentNode() instanceof GraphQLObjectType parent && needsCare(field)) {
				GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
				FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
				DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
				Arguments arguments = new Arguments(field,
						parent.getName().equals("Query") || parent.getName().equals("Mutation") ? ""
								: field.getName() + ".");
				registry.dataFetcher(coordinates, (fetcher instanceof TrivialDataFetcher<?>)
						? new TrivialFetcher(fetcher, arguments) : new Fetcher(fetcher, arguments));
			}
			return TraversalControl.CONTINUE;
		}

		private static boolean needsCare(GraphQLFieldDefinition field) {
			return field.getArguments()
				.stream()
				.anyMatch(
						(argument) -> argument.hasSetDefaultValue() || holdsList(argument.getType(), new HashSet<>()));
		}

		private static boolean holdsList(GraphQLType type, Set<String> seen) {
			GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
			if (unwrapped instanceof GraphQLList) {
				return true;
			}
			if (unwrapped instanceof GraphQLInputObjectType input && seen.add(input.getName())) {
				return input.getFieldDefinitions().stream().anyMatch((field) -> holdsList(field.getType(), seen));
			}
			return false;
		}

	}

	/**
	 * One field's argument rules.
	 *
	 * @param defaults the default of each argument that has one, as graphql-java passes
	 * it to data fetchers
	 * @param prefix what argument paths start with: nothing on the root types, the
	 * field's name elsewhere ({@code facets.fields})
	 */
	private record Arguments(Map<String, Object> defaults, String prefix) {

		Arguments(GraphQLFieldDefinition field, String prefix) {
			this(defaults(field), prefix);
		}

		private static Map<String, Object> defaults(GraphQLFieldDefinition field) {
			Map<String, Object> defaults = new LinkedHashMap<>();
			for (GraphQLArgument argument : field.getArguments()) {
				if (argument.hasSetDefaultValue()) {
					defaults.put(argument.getName(),
							ValuesResolver.valueToInternalValue(argument.getArgumentDefaultValue(), argument.getType(),
									GraphQLContext.getDefault(), Locale.ROOT));
				}
			}
			return defaults;
		}

		/** The environment itself when nothing changes, the usual case. */
		DataFetchingEnvironment apply(DataFetchingEnvironment env) {
			Map<String, Object> given = env.getArguments();
			Map<String, Object> applied = null;
			for (Map.Entry<String, Object> argument : given.entrySet()) {
				Object value = argument.getValue();
				Object changed = (value == null) ? this.defaults.get(argument.getKey())
						: bounded(this.prefix + argument.getKey(), value);
				if (changed != value) {
					if (applied == null) {
						applied = new LinkedHashMap<>(given);
					}
					applied.put(argument.getKey(), changed);
				}
			}
			return (applied != null)
					? DataFetchingEnvironmentImpl.newDataFetchingEnvironment(env).arguments(applied).build() : env;
		}

		/** Lists bounded and without repeats, at any depth; the value itself if so. */
		private static Object bounded(String path, Object value) {
			if (value instanceof Collection<?> list) {
				List<?> distinct = distinctValues(path, list);
				List<Object> inner = null;
				for (int i = 0; i < distinct.size(); i++) {
					Object element = distinct.get(i);
					Object changed = (element != null) ? bounded(path, element) : null;
					if (changed != element) {
						if (inner == null) {
							inner = new ArrayList<>(distinct);
						}
						inner.set(i, changed);
					}
				}
				return (inner != null) ? inner : (distinct != list) ? distinct : value;
			}
			if (value instanceof Map<?, ?> input) {
				Map<Object, Object> changedInput = null;
				for (Map.Entry<?, ?> field : input.entrySet()) {
					Object fieldValue = field.getValue();
					Object changed = (fieldValue != null) ? bounded(path + "." + field.getKey(), fieldValue) : null;
					if (changed != fieldValue) {
						if (changedInput == null) {
							changedInput = new LinkedHashMap<>(input);
						}
						changedInput.put(field.getKey(), changed);
					}
				}
				return (changedInput != null) ? changedInput : value;
			}
			return value;
		}

	}

	private record Fetcher(DataFetcher<?> delegate, Arguments arguments) implements DataFetcher<Object> {

		@Override
		public Object get(DataFetchingEnvironment env) throws Exception {
			return this.delegate.get(this.arguments.apply(env));
		}

	}

	/** Stays trivial, so Spring for GraphQL still calls it without context capture. */
	private record TrivialFetcher(DataFetcher<?> delegate, Arguments arguments) implements TrivialDataFetcher<Object> {

		@Override
		public Object get(DataFetchingEnvironment env) throws Exception {
			return this.delegate.get(this.arguments.apply(env));
		}

	}

}
