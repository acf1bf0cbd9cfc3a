package de.netzwerkiq.directory.api.elasticsearch;

import java.net.URI;
import java.util.List;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchConnectionDetails;

import de.netzwerkiq.directory.localnode.LocalElasticsearchNode;
import de.netzwerkiq.directory.localnode.LocalNodeSettings;

/**
 * The embedded default: a real local node, started with the application context and
 * stopped with it. Spring Boot's Elasticsearch client connects to it through these
 * connection details.
 */
public class EmbeddedElasticsearch implements ElasticsearchConnectionDetails, InitializingBean, DisposableBean {

	private final LocalNodeSettings settings;

	private LocalElasticsearchNode node;

	EmbeddedElasticsearch(LocalNodeSettings settings) {
		this.settings = settings;
	}

	@Override
	public void afterPropertiesSet() {
		this.node = LocalElasticsearchNode.start(this.settings);
	}

	@Override
	public List<Node> getNodes() {
		URI uri = this.node.httpUri();
		return List.of(new Node(uri.getHost(), uri.getPort(), Node.Protocol.HTTP));
	}

	public URI uri() {
		return this.node.httpUri();
	}

	/**
	 * The node's processes (launcher and server), for tests that check nothing is left.
	 */
	public List<ProcessHandle> processes() {
		return this.node.processes();
	}

	@Override
	public void destroy() {
		if (this.node != null) {
			this.node.close();
		}
	}

	@Override
	public String toString() {
		return "embedded local node at " + uri() + " (log " + this.node.logFile() + ")";
	}

}
