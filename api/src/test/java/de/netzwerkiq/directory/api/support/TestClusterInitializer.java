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
					"iq.sample-content.load=true")
			.applyTo(context);
	}

}
