package de.netzwerkiq.directory.api.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The house rules every later change inherits. */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption((location) -> !location.contains("-tests.jar"))
		.importPackages("de.netzwerkiq.directory");

	@Test
	void theIndexerNeverDependsOnTheApi() {
		noClasses().that()
			.resideInAPackage("de.netzwerkiq.directory.indexer..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("de.netzwerkiq.directory.api..")
			.check(CLASSES);
	}

	@Test
	void theLocalNodeLauncherDependsOnNeitherApiNorIndexer() {
		noClasses().that()
			.resideInAPackage("de.netzwerkiq.directory.localnode..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("de.netzwerkiq.directory.api..", "de.netzwerkiq.directory.indexer..")
			.check(CLASSES);
	}

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("de.netzwerkiq.directory.(*).(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void theElasticsearchClientStaysInTheIndexAndSearchInfrastructure() {
		noClasses().that()
			.resideOutsideOfPackages("de.netzwerkiq.directory.indexer.index..",
					"de.netzwerkiq.directory.indexer.load..", "de.netzwerkiq.directory.indexer.cli..",
					"de.netzwerkiq.directory.api.search.engine..", "de.netzwerkiq.directory.api.elasticsearch..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("co.elastic.clients..")
			.because("index operations belong to the indexer's index and load packages, queries to search.engine")
			.check(CLASSES);
	}

	@Test
	void controllersNeverBuildElasticsearchQueries() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.should()
			.dependOnClassesThat()
			.resideInAPackage("co.elastic.clients..")
			.because("controllers bind arguments and call one service")
			.check(CLASSES);
	}

	@Test
	void caseChangesNameTheirLocale() {
		noClasses().should()
			.callMethod(String.class, "toLowerCase")
			.orShould()
			.callMethod(String.class, "toUpperCase")
			.because("the default locale turns 'I' into a dotless 'ı' in Turkish; use Locale.ROOT")
			.check(CLASSES);
	}

}
