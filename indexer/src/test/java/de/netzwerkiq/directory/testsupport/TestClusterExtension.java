package de.netzwerkiq.directory.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the shared cluster before the first integration test class and stops it when the
 * whole test run ends (JUnit's root store closes it), also after failures.
 */
public final class TestClusterExtension implements BeforeAllCallback, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(TestClusterExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		cluster(context);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == TestCluster.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return cluster(context);
	}

	private static TestCluster cluster(ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.getOrComputeIfAbsent(Stopper.class, (key) -> new Stopper(TestCluster.shared()), Stopper.class)
			.cluster();
	}

	private record Stopper(TestCluster cluster) implements ExtensionContext.Store.CloseableResource {

		@Override
		public void close() throws Exception {
			TestClusters.stop();
		}

	}

}
