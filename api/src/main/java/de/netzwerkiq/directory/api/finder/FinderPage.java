package de.netzwerkiq.directory.api.finder;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The reference finder at {@code /finder/}: a static page (no build step) that uses only
 * the public GraphQL API, with its documents in {@code static/finder/documents/}. Spring
 * serves {@code index.html} only at the root, so the folder gets a forward; the bare path
 * redirects so that the page's relative links resolve.
 */
@Configuration(proxyBeanMethods = false)
class FinderPage implements WebMvcConfigurer {

	static final String PATH = "/finder/";

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/finder", PATH);
		registry.addViewController(PATH).setViewName("forward:" + PATH + "index.html");
	}

}
