package de.netzwerkiq.directory.api.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import de.netzwerkiq.directory.testsupport.TestCluster;
import de.netzwerkiq.directory.testsupport.TestIndexPrefix;

/** Points the application at the shared test cluster, under a fresh index prefix. */
class TestClusterInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues
			.of("spring.elasticsearch.uris=" + TestCluster.shared().uri(),
					"iq.index.prefix=" + TestIndexPrefix.forClass(TestClusterInitializer.class),
					"iq.sample-content.load=true",
					// The test node shares two cores with the build, and a cold first
					// search right after a reindex can take longer than the 2 s a
					// production search gets; the failure tests set their own bound.
					"spring.elasticsearch.socket-timeout=15s")
			.applyTo(context);
	}

}
