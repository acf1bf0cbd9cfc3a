package de.netzwerkiq.directory.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** IQ Directory's GraphQL API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IqDirectoryApplication {

	public static void main(String[] args) {
		SpringApplication.run(IqDirectoryApplication.class, args);
	}

}
