package de.netzwerkiq.directory.api.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import de.netzwerkiq.directory.testsupport.ElasticsearchIntegrationTest;

/**
 * The whole API on a random port, against the Elasticsearch cluster this test JVM shares,
 * with the sample content loaded under an index prefix of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ElasticsearchIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "iq.security.editor-api-keys=" + ApiIntegrationTest.EDITOR_KEY)
@ContextConfiguration(initializers = TestClusterInitializer.class)
@AutoConfigureHttpGraphQlTester
public @interface ApiIntegrationTest {

	/** The editor API key the tests' application accepts. */
	String EDITOR_KEY = "test-editor-key-0123456789abcdef";

}
