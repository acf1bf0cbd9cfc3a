package de.netzwerkiq.directory.api.content;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.netzwerkiq.directory.indexer.content.ContentDocument;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.load.ContentPipeline;

/** Each kind's document class, as the indexer's pipelines define it, looked up once. */
public final class ContentTypes {

	/** The GraphQL object types of the four kinds, which share their common fields. */
	public static final List<String> GRAPHQL_TYPES = List.of("AdviceCentre", "TrainingOffer", "Curriculum",
			"StartUpResource");

	private static final Map<ContentKind, Class<? extends ContentDocument>> TYPES = new EnumMap<>(ContentKind.class);

	private static final Map<Class<?>, ContentKind> KINDS = new HashMap<>();

	static {
		for (ContentKind kind : ContentKind.values()) {
			Class<? extends ContentDocument> type = ContentPipeline.forKind(kind).documentType();
			TYPES.put(kind, type);
			KINDS.put(type, kind);
		}
	}

	private ContentTypes() {
	}

	public static Class<? extends ContentDocument> documentType(ContentKind kind) {
		return TYPES.get(kind);
	}

	public static ContentKind kindOf(ContentDocument document) {
		ContentKind kind = KINDS.get(document.getClass());
		if (kind == null) {
			throw new IllegalArgumentException("Not a content document: " + document.getClass());
		}
		return kind;
	}

}
