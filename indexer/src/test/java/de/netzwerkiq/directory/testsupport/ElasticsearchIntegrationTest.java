package de.netzwerkiq.directory.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test against the real Elasticsearch cluster this JVM shares; a {@link TestCluster}
 * parameter gives its address. Use {@link TestIndexPrefix} for index names of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("integration")
@ExtendWith(TestClusterExtension.class)
public @interface ElasticsearchIntegrationTest {

}
