package de.netzwerkiq.directory.api.hostile;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.springframework.core.io.ClassPathResource;

/**
 * Requests for the fuzzer built from {@code schema.graphqls}: any field of {@code Query}
 * or {@code Mutation} with every argument passed as a variable, each value drawn from the
 * fuzzer's data by the argument's type (an enum's constants or a stray word, input
 * objects field by field, lists of up to a few elements, numbers at any size), now and
 * then null or a value of another type. A new argument is fuzzed the day it is added.
 */
final class SchemaArguments {

	/** Input objects nest (a filter's point); deeper than this they are left out. */
	private static final int MAX_DEPTH = 3;

	private final TypeDefinitionRegistry schema;

	private final List<FieldDefinition> roots = new ArrayList<>();

	private final Map<FieldDefinition, String> operations = new LinkedHashMap<>();

	SchemaArguments() {
		this.schema = readSchema();
		for (String operation : List.of("Query", "Mutation")) {
			this.schema.getType(operation, ObjectTypeDefinition.class).ifPresent((type) -> {
				for (FieldDefinition field : type.getFieldDefinitions()) {
					this.roots.add(field);
					this.operations.put(field, operation.toLowerCase(java.util.Locale.ROOT));
				}
			});
		}
	}

	/** A document and its variables: {@code {"query": ..., "variables": ...}}. */
	Map<String, Object> request(FuzzedDataProvider data) {
		FieldDefinition field = this.roots.get(data.consumeInt(0, this.roots.size() - 1));
		StringJoiner declared = new StringJoiner(", ", "(", ")").setEmptyValue("");
		StringJoiner passed = new StringJoiner(", ", "(", ")").setEmptyValue("");
		Map<String, Object> variables = new LinkedHashMap<>();
		for (InputValueDefinition argument : field.getInputValueDefinitions()) {
			String name = "v_" + argument.getName();
			declared.add("$" + name + ": " + print(argument.getType()));
			passed.add(argument.getName() + ": $" + name);
			variables.put(name, value(argument.getType(), data, 0));
		}
		String selection = isLeaf(named(field.getType())) ? "" : " { __typename }";
		String document = this.operations.get(field) + declared + " { " + field.getName() + passed + selection + " }";
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("query", document);
		request.put("variables", variables);
		return request;
	}

	/** The public contract as the API reads it at start-up. */
	static TypeDefinitionRegistry readSchema() {
		try (Reader reader = new InputStreamReader(new ClassPathResource("graphql/schema.graphqls").getInputStream(),
				StandardCharsets.UTF_8)) {
			return new SchemaParser().parse(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Object value(Type<?> type, FuzzedDataProvider data, int depth) {
		int shape = data.consumeInt(0, 19);
		if (shape == 0) {
			return null;
		}
		if (shape == 1) {
			// The wrong type: a string where a number, list or object belongs.
			return data.consumeString(40);
		}
		Type<?> bare = (type instanceof NonNullType nonNull) ? nonNull.getType() : type;
		if (bare instanceof ListType list) {
			List<Object> values = new ArrayList<>();
			int size = data.consumeInt(0, (shape == 2) ? 150 : 4);
			for (int i = 0; i < size && data.remainingBytes() > 0; i++) {
				values.add(value(list.getType(), data, depth));
			}
			return values;
		}
		String name = named(bare);
		TypeDefinition<?> definition = this.schema.getType(name).orElse(null);
		if (definition instanceof InputObjectTypeDefinition input) {
			Map<String, Object> fields = new LinkedHashMap<>();
			if (depth < MAX_DEPTH) {
				for (InputValueDefinition field : input.getInputValueDefinitions()) {
					if (data.consumeBoolean()) {
						fields.put(field.getName(), value(field.getType(), data, depth + 1));
					}
				}
			}
			if (shape == 2) {
				fields.put(data.consumeString(12), data.consumeInt());
			}
			return fields;
		}
		if (definition instanceof EnumTypeDefinition enumeration) {
			List<EnumValueDefinition> constants = enumeration.getEnumValueDefinitions();
			return (shape == 2) ? data.consumeString(20)
					: constants.get(data.consumeInt(0, constants.size() - 1)).getName();
		}
		return switch (name) {
			case "Int" -> (shape == 2) ? data.consumeLong() : data.consumeInt();
			case "Float" -> (shape == 2) ? data.consumeInt(-200, 200) : data.consumeRegularDouble();
			case "Boolean" -> data.consumeBoolean();
			default -> data.consumeString((shape == 2) ? 400 : 60);
		};
	}

	/** A scalar or an enum: selected without a selection set. */
	private boolean isLeaf(String typeName) {
		TypeDefinition<?> type = this.schema.getType(typeName).orElse(null);
		return !(type instanceof ObjectTypeDefinition || type instanceof InterfaceTypeDefinition
				|| type instanceof UnionTypeDefinition);
	}

	static String named(Type<?> type) {
		if (type instanceof NonNullType nonNull) {
			return named(nonNull.getType());
		}
		if (type instanceof ListType list) {
			return named(list.getType());
		}
		return ((TypeName) type).getName();
	}

	static String print(Type<?> type) {
		if (type instanceof NonNullType nonNull) {
			return print(nonNull.getType()) + "!";
		}
		if (type instanceof ListType list) {
			return "[" + print(list.getType()) + "]";
		}
		return ((TypeName) type).getName();
	}

}
