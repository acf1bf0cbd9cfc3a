package de.netzwerkiq.directory.indexer.index;

import java.io.IOException;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.PluginStats;
import co.elastic.clients.elasticsearch.nodes.info.NodeInfo;

import de.netzwerkiq.directory.indexer.content.ContentLanguage;

/**
 * How localised text is analysed, chosen from what the cluster has. A full distribution
 * has the analysis-common module and with it stemming analyzers per language; the minimal
 * one (the local node) has only {@code standard}, so we fall back to it there. The
 * mapping is the same either way except for the analyzer names.
 *
 * @param languageAnalyzers whether every node has analysis-common
 */
public record TextAnalysis(boolean languageAnalyzers) {

	public static final String ANALYSIS_COMMON = "analysis-common";

	/** Standard analysis only: safe on any cluster. */
	public static final TextAnalysis STANDARD = new TextAnalysis(false);

	/** Language analyzers: needs analysis-common on every node. */
	public static final TextAnalysis LANGUAGE = new TextAnalysis(true);

	/** Asks every node for its modules ({@code GET _nodes/modules}); one round trip. */
	public static TextAnalysis probe(ElasticsearchClient client) throws IOException {
		Collection<NodeInfo> nodes = client.nodes().info((n) -> n.metric("modules")).nodes().values();
		boolean everywhere = !nodes.isEmpty()
				&& nodes.stream().allMatch((node) -> modules(node).contains(ANALYSIS_COMMON));
		return everywhere ? LANGUAGE : STANDARD;
	}

	private static Set<String> modules(NodeInfo node) {
		return (node.modules() != null) ? node.modules().stream().map(PluginStats::name).collect(Collectors.toSet())
				: Set.of();
	}

	/** The analyzer for a language's text fields. */
	public String analyzer(ContentLanguage language) {
		return this.languageAnalyzers ? language.languageAnalyzer().orElse("standard") : "standard";
	}

	@Override
	public String toString() {
		return this.languageAnalyzers ? "language analyzers" : "standard analysis";
	}

}
