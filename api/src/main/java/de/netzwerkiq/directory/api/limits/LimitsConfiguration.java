package de.netzwerkiq.directory.api.limits;

import org.springframework.boot.autoconfigure.graphql.GraphQlProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
class LimitsConfiguration {

	/** First of all filters, so nothing reads an overlong body. */
	@Bean
	FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(LimitsProperties limits, GraphQlProperties graphQl) {
		FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(
				new RequestSizeLimit(limits));
		registration.addUrlPatterns(graphQl.getHttp().getPath());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<NullBodyGuard> nullBodyGuard(GraphQlProperties graphQl) {
		FilterRegistrationBean<NullBodyGuard> registration = new FilterRegistrationBean<>(new NullBodyGuard());
		registration.addUrlPatterns(graphQl.getHttp().getPath());
		return registration;
	}

}
