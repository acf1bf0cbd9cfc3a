package de.netzwerkiq.directory.api.elasticsearch;

import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.client.protocol.HttpClientContext;
import org.apache.http.impl.auth.BasicScheme;
import org.apache.http.impl.client.BasicAuthCache;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The basic-auth cache is dropped from a request to Elasticsearch only when there are no
 * credentials it could be used with, so preemptive basic authentication still works.
 */
class AuthCacheTests {

	private static final HttpHost NODE = new HttpHost("localhost", 9200, "http");

	@Test
	void withoutCredentialsTheCacheIsDropped() {
		HttpClientContext context = context(new BasicCredentialsProvider());
		ElasticsearchConfiguration.dropAuthCacheWithoutCredentials(context);
		assertThat(context.getAuthCache()).isNull();
	}

	@Test
	void withCredentialsForTheNodeTheCacheStays() {
		BasicCredentialsProvider credentials = new BasicCredentialsProvider();
		credentials.setCredentials(new AuthScope(NODE), new UsernamePasswordCredentials("elastic", "secret"));
		HttpClientContext context = context(credentials);
		ElasticsearchConfiguration.dropAuthCacheWithoutCredentials(context);
		assertThat(context.getAuthCache()).isNotNull();
		assertThat(context.getAuthCache().get(NODE)).isInstanceOf(BasicScheme.class);
	}

	@Test
	void credentialsForAnotherHostDoNotKeepIt() {
		BasicCredentialsProvider credentials = new BasicCredentialsProvider();
		credentials.setCredentials(new AuthScope(new HttpHost("elsewhere", 9200)),
				new UsernamePasswordCredentials("elastic", "secret"));
		HttpClientContext context = context(credentials);
		ElasticsearchConfiguration.dropAuthCacheWithoutCredentials(context);
		assertThat(context.getAuthCache()).isNull();
	}

	private static HttpClientContext context(BasicCredentialsProvider credentials) {
		HttpClientContext context = HttpClientContext.create();
		BasicAuthCache cache = new BasicAuthCache();
		cache.put(NODE, new BasicScheme());
		context.setAuthCache(cache);
		context.setCredentialsProvider(credentials);
		context.setAttribute(HttpClientContext.HTTP_TARGET_HOST, NODE);
		return context;
	}

}
