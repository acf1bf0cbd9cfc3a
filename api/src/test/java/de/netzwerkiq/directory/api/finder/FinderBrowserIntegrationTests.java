package de.netzwerkiq.directory.api.finder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import de.netzwerkiq.directory.api.content.GlobalIds;
import de.netzwerkiq.directory.api.support.ApiIntegrationTest;
import de.netzwerkiq.directory.api.support.Browser;
import de.netzwerkiq.directory.indexer.content.ContentKind;
import de.netzwerkiq.directory.indexer.source.ContentSource;

import static de.netzwerkiq.directory.api.support.GraphQlResults.list;
import static de.netzwerkiq.directory.api.support.GraphQlResults.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference finder in a real browser (Debian's headless Chromium) against the API and
 * the real node. What the page shows is compared with what its own GraphQL documents
 * answer for the variables the page sends; the API's answers themselves are checked
 * against the sample data by the search tests. Screenshots land in
 * {@code target/browser-screenshots}.
 */
@ApiIntegrationTest
class FinderBrowserIntegrationTests {

	private static Browser browser;

	@LocalServerPort
	private int port;

	@Autowired
	private HttpGraphQlTester graphQl;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@BeforeEach
	void desktop() {
		browser.viewport(1280, 1000, false);
	}

	@Test
	void typingAQuerySuggestsTitlesAndTheChosenOneShowsHighlightedResults() {
		open("lang=de&kind=TRAINING_OFFERS");
		WebElement q = driver().findElement(By.id("q"));
		q.sendKeys("Berufsspr");
		browser.waiting()
			.until((d) -> !d.findElements(By.cssSelector("#q-listbox:not([hidden]) [data-testid=suggestion]"))
				.isEmpty());
		String suggestion = driver().findElement(By.id("q-option-0")).getText();
		assertThat(suggestion).startsWithIgnoringCase("Berufsspr");
		q.sendKeys(Keys.ARROW_DOWN);
		assertThat(q.getDomAttribute("aria-activedescendant")).isEqualTo("q-option-0");
		q.sendKeys(Keys.ENTER);
		awaitSearch((url) -> url.contains("q="));
		assertThat(q.getDomProperty("value")).isEqualTo(suggestion);

		Map<String, Object> expected = answer("trainingOffers", pageVariables("de", Map.of("text", suggestion)));
		assertThat(shownIds()).isNotEmpty().isEqualTo(ids(expected));
		assertThat(shownTotal()).isEqualTo(((Number) expected.get("totalCount")).longValue());
		assertThat(driver().findElements(By.cssSelector("#result-list mark"))).isNotEmpty();
	}

	@Test
	void pickingAFacetValueChangesTheOtherFacetsCountsButNotItsOwn() {
		open("lang=en&kind=TRAINING_OFFERS");
		Map<String, Map<String, Long>> before = shownFacetCounts();
		Map<String, Long> states = before.get("FEDERAL_STATE");
		String state = states.keySet().iterator().next();

		driver().findElement(By.cssSelector("label[for='facet-FEDERAL_STATE-" + state + "']")).click();
		awaitSearch((url) -> url.contains("f=FEDERAL_STATE%3A" + state));

		Map<String, Map<String, Long>> after = shownFacetCounts();
		assertThat(after.get("FEDERAL_STATE")).as("a facet's counts ignore its own selection")
			.isEqualTo(before.get("FEDERAL_STATE"));
		List<String> changed = before.keySet()
			.stream()
			.filter((field) -> !field.equals("FEDERAL_STATE") && !before.get(field).equals(after.get(field)))
			.toList();
		assertThat(changed).as("other facets count only offers in %s", state).isNotEmpty();
		assertThat(shownTotal()).isEqualTo(states.get(state));
		assertThat(driver().findElement(By.id("facet-FEDERAL_STATE-" + state)).isSelected()).isTrue();
		Map<String, Object> filter = Map.of("federalStates", List.of(state));
		assertThat(after)
			.isEqualTo(facetCounts(answer("trainingOffers", pageVariables("en", Map.of("filter", filter)))));

		// A second value of the same facet widens the search: values of one facet are
		// OR-ed.
		String other = states.keySet().stream().skip(1).findFirst().orElseThrow();
		driver().findElement(By.cssSelector("label[for='facet-FEDERAL_STATE-" + other + "']")).click();
		awaitSearch((url) -> url.contains("f=FEDERAL_STATE%3A" + other));
		assertThat(shownTotal()).isEqualTo(states.get(state) + states.get(other));
	}

	@Test
	void switchingToArabicTurnsTheLayoutAndTheContentRightToLeft() {
		open("lang=en&kind=ADVICE_CENTRES");
		assertThat(browser.<String>script("return getComputedStyle(document.body).direction")).isEqualTo("ltr");
		new Select(driver().findElement(By.id("language"))).selectByValue("ar");
		awaitSearch((url) -> url.contains("lang=ar"));

		assertThat(driver().findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
		assertThat(browser.<String>script("return getComputedStyle(document.body).direction")).isEqualTo("rtl");
		// The columns mirror: filters on the right of the results.
		assertThat(driver().findElement(By.id("facets")).getRect().getX())
			.isGreaterThan(driver().findElement(By.id("results")).getRect().getX());
		for (String label : List.of("results-heading", "facets-heading", "search-button", "more-results")) {
			assertThat(driver().findElement(By.id(label)).getDomProperty("textContent")).as("the page's own words")
				.containsPattern("\\p{IsArabic}");
		}
		List<WebElement> arabicTitles = driver().findElements(By.cssSelector("#result-list h3[lang=ar]"));
		assertThat(arabicTitles).isNotEmpty();
		for (WebElement title : arabicTitles) {
			assertThat(title.getText()).containsPattern("\\p{IsArabic}");
			assertThat(title.getCssValue("direction")).isEqualTo("rtl");
		}
		Map<String, Object> expected = answer("adviceCentres", pageVariables("ar", Map.of()));
		assertThat(shownIds()).isEqualTo(ids(expected));
		assertThat(driver().findElements(By.cssSelector("#result-list h3")).stream().map(WebElement::getText))
			.containsExactlyElementsOf(list(expected.get("edges")).stream()
				.map((edge) -> (String) map(map(edge.get("node")).get("title")).get("text"))
				.toList());
	}

	@Test
	void aPostalCodeSortsByDistanceAndMoreResultsKeepsTheOrder() {
		open("lang=de&kind=ADVICE_CENTRES");
		WebElement near = driver().findElement(By.id("near"));
		near.sendKeys("04109", Keys.ENTER);
		awaitSearch((url) -> url.contains("near=04109"));

		assertThat(driver().findElement(By.id("result-status")).getText()).contains("04109 Leipzig");
		assertThat(driver().findElements(By.cssSelector("[data-testid=map-origin]"))).hasSize(1);
		List<Long> distances = shownDistances();
		assertThat(distances).hasSize(20).isSorted();
		driver().findElement(By.id("more-results")).click();
		awaitResults(40);
		assertThat(shownDistances()).hasSize(40).isSorted().startsWith(distances.toArray(Long[]::new));
	}

	@Test
	void nearMeUsesTheBrowsersPositionRoundedAndSortsByDistance() {
		String origin = "http://localhost:" + this.port;
		browser.driver()
			.executeCdpCommand("Browser.grantPermissions",
					Map.of("origin", origin, "permissions", List.of("geolocation")));
		// Leipzig market square, to more decimals than the page sends (three, about 100
		// m).
		browser.driver()
			.executeCdpCommand("Emulation.setGeolocationOverride",
					Map.of("latitude", 51.340333, "longitude", 12.374722, "accuracy", 10));
		open("lang=en&kind=ADVICE_CENTRES");
		driver().findElement(By.id("near-me")).click();
		browser.waiting()
			.until((d) -> idle() && d.findElement(By.id("result-status")).getText().contains("near your position"));

		assertThat(driver().findElement(By.id("near-status")).getText()).isEqualTo("Searching near your position.");
		assertThat(driver().findElement(By.id("near-clear")).isDisplayed()).isTrue();
		List<Long> distances = shownDistances();
		assertThat(distances).hasSize(20).isSorted();
		Map<String, Object> near = Map.of("point", Map.of("lat", 51.34, "lon", 12.375));
		Map<String, Object> expected = answer("adviceCentres",
				pageVariables("en", Map.of("near", near, "sort", "DISTANCE")));
		assertThat(shownIds()).isEqualTo(ids(expected));

		driver().findElement(By.id("near-clear")).click();
		browser.waiting().until((d) -> idle() && !d.findElement(By.id("result-status")).getText().contains("near"));
		assertThat(shownDistances()).isEmpty();
	}

	@Test
	void moreResultsAppendsTheNextPagesWithoutDuplicatesAndMovesTheFocusToThem() {
		open("lang=en&kind=TRAINING_OFFERS");
		List<String> ids = new ArrayList<>(shownIds());
		assertThat(ids).hasSize(20);
		for (int shown = 40; shown <= 60; shown += 20) {
			driver().findElement(By.id("more-results")).click();
			awaitResults(shown);
			List<String> now = shownIds();
			assertThat(now).startsWith(ids.toArray(String[]::new)).doesNotHaveDuplicates();
			assertThat(driver().switchTo().activeElement().getDomAttribute("data-id")).isEqualTo(now.get(shown - 20));
			ids = new ArrayList<>(now);
		}
		// The same search in one page of 60: cursor paging neither skips nor repeats.
		assertThat(ids).isEqualTo(ids(answer("trainingOffers", pageVariables("en", Map.of("first", 60)))));
	}

	@Test
	void theKeyboardAloneSearchesAndFilters() {
		open("lang=en&kind=TRAINING_OFFERS");
		WebElement focused = tab();
		assertThat(focused.getDomAttribute("class"))
			.as("the first stop is the skip link, not %s", focused.getTagName() + "#" + focused.getDomAttribute("id"))
			.isEqualTo("skip-link");
		for (int i = 0; i < 10 && !"q".equals(focused.getDomAttribute("id")); i++) {
			focused = tab();
		}
		assertThat(focused.getDomAttribute("id")).isEqualTo("q");
		focused.sendKeys("Pflege", Keys.ENTER);
		awaitSearch((url) -> url.contains("q=Pflege"));
		assertThat(shownIds()).isNotEmpty();

		List<String> visited = new ArrayList<>();
		for (int i = 0; i < 60 && !"checkbox".equals(focused.getDomAttribute("type")); i++) {
			focused = tab();
			visited.add(focused.getTagName() + "#" + focused.getDomAttribute("id"));
		}
		assertThat(focused.getDomAttribute("type")).as("a facet value is reachable by Tab: %s", visited)
			.isEqualTo("checkbox");
		String id = focused.getDomAttribute("id");
		focused.sendKeys(Keys.SPACE);
		awaitSearch((url) -> url.contains("f="));
		WebElement box = driver().switchTo().activeElement();
		assertThat(box.getDomAttribute("id")).as("the focus stays on the value after the facets re-render")
			.isEqualTo(id);
		assertThat(box.isSelected()).isTrue();
	}

	@Test
	void thePagesOwnWordsExistInEveryContentLanguageWithTheSamePlaceholders() {
		open("lang=en&kind=CURRICULA");
		// The page's module, as the browser loads it: every language has every label
		// of the English table, with the same {0}, and a label for every value.
		List<String> problems = browser.asyncScript(
				"""
						const done = arguments[arguments.length - 1];
						import('./i18n.js').then(({ UI, VALUES }) => {
							const problems = [];
							const holes = (text) => JSON.stringify(text.match(/\\{\\d\\}/g)?.sort() ?? []);
							for (const lang of ['de', 'en', 'ar', 'fa', 'tr', 'ru', 'uk', 'fr']) {
								for (const [key, text] of Object.entries(UI.en)) {
									const own = UI[lang]?.[key];
									if (typeof own !== 'string' || !own.trim()) problems.push(`${lang} ${key} missing`);
									else if (holes(own) !== holes(text)) problems.push(`${lang} ${key} placeholders`);
								}
								for (const key of Object.keys(UI[lang] ?? {})) if (!(key in UI.en)) problems.push(`${lang} ${key} unknown`);
								for (const [field, values] of Object.entries(VALUES.en)) {
									for (const value of Object.keys(values)) {
										if (!VALUES[lang]?.[field]?.[value]?.trim()) problems.push(`${lang} ${field}.${value} missing`);
									}
								}
							}
							done(problems);
						}, (e) => done([String(e)]));""");
		assertThat(problems).isEmpty();
	}

	@ParameterizedTest(name = "{0} at {1} px")
	@CsvSource({ "en, 1280", "en, 360", "ar, 1280", "ar, 360" })
	void axeFindsNoAccessibilityViolationsAndThePageFitsTheScreen(String language, int width) throws IOException {
		browser.viewport(width, width < 700 ? 780 : 1000, width < 700);
		open("lang=" + language + "&kind=TRAINING_OFFERS&q=Pflege&near=10115");
		if (width < 700) {
			WebElement toggle = driver().findElement(By.id("facets-toggle"));
			assertThat(driver().findElement(By.id("facet-panel")).isDisplayed()).isFalse();
			toggle.click();
			assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
			assertThat(driver().findElement(By.id("facet-panel")).isDisplayed()).isTrue();
		}
		assertThat(browser.<Long>script("return document.documentElement.scrollWidth"))
			.as("no sideways scrolling at %d px", width)
			.isLessThanOrEqualTo(width);
		Path shot = browser.screenshot("finder-" + width + "-" + language);
		assertThat(Files.size(shot)).isGreaterThan(10_000);

		Results results = new AxeBuilder()
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
			.analyze(driver());
		assertThat(results.getViolations()).as(() -> describe(results.getViolations())).isEmpty();
		assertThat(results.getPasses().stream().map(Rule::getId)).contains("color-contrast", "label", "region",
				"landmark-one-main");
	}

	@Test
	void aWordNoRecordHasIsLeftOutAndTheNoticeSaysSoInGermanAndArabic() {
		open("lang=de&kind=TRAINING_OFFERS&q=Pflege%20Xqzvwj");
		Map<String, Object> expected = answer("trainingOffers", pageVariables("de", Map.of("text", "Pflege Xqzvwj")));
		assertThat(map(expected.get("relaxation"))).as("the API's answer")
			.isEqualTo(Map.of("droppedWords", List.of("Xqzvwj"), "searchedWords", List.of("Pflege"), "anyWord", false,
					"optionalWords", List.of()));
		assertThat(shownIds()).isNotEmpty().isEqualTo(ids(expected));
		WebElement notice = driver().findElement(By.id("relaxation"));
		assertThat(notice.getDomAttribute("role")).isEqualTo("status");
		assertThat(notice.getDomAttribute("aria-live")).isEqualTo("polite");
		assertThat(notice.isDisplayed()).isTrue();
		assertThat(notice.getText())
			.isEqualTo("Keine Ergebnisse für alle Ihre Wörter. Ergebnisse für: Pflege (ohne: Xqzvwj)");
		assertThat(notice.getLocation().getY()).as("above the results")
			.isLessThan(driver().findElement(By.id("result-list")).getLocation().getY());

		new Select(driver().findElement(By.id("language"))).selectByValue("ar");
		awaitSearch((url) -> url.contains("lang=ar"));
		assertThat(notice.getText()).containsPattern("\\p{IsArabic}").contains("Pflege", "Xqzvwj");
		assertThat(notice.getCssValue("direction")).isEqualTo("rtl");
		// The typed words are isolated, so a Latin word keeps its direction in the
		// Arabic sentence.
		assertThat(notice.findElements(By.cssSelector("bdi[data-testid=word]")).stream().map(WebElement::getText))
			.containsExactly("Pflege", "Xqzvwj");
		assertThat(notice.findElement(By.cssSelector("[data-testid=dropped]")).getText()).contains("Xqzvwj")
			.doesNotContain("Pflege");

		WebElement q = driver().findElement(By.id("q"));
		q.clear();
		q.sendKeys("Pflege", Keys.ENTER);
		awaitSearch((url) -> url.matches(".*[?&]q=Pflege(&.*)?$"));
		assertThat(answer("trainingOffers", pageVariables("ar", Map.of("text", "Pflege"))).get("relaxation")).isNull();
		assertThat(notice.getDomProperty("textContent")).as("no notice when the whole text is found").isEmpty();
		assertThat(notice.isDisplayed()).isFalse();

		// A word left out for one concept it names but searched for another was searched
		// for: no notice.
		driver().findElement(By.cssSelector("label[for=kind-ADVICE_CENTRES]")).click();
		awaitSearch((url) -> url.contains("kind=ADVICE_CENTRES"));
		q.clear();
		q.sendKeys("Deutschkurs", Keys.ENTER);
		awaitSearch((url) -> url.matches(".*[?&]q=Deutschkurs(&.*)?$"));
		assertThat(shownIds()).isNotEmpty();
		assertThat(notice.getDomProperty("textContent")).isEmpty();
	}

	@Test
	void aTextOnlyAFewRecordsMatchShowsThemFirstAndSaysWhichWordTheOthersLack() {
		open("lang=en&kind=START_UP_RESOURCES&q=business%20plan%20template");
		Map<String, Object> expected = answer("startUpResources",
				pageVariables("en", Map.of("text", "business plan template")));
		assertThat(map(expected.get("relaxation"))).as("the API's answer")
			.containsEntry("optionalWords", List.of("template"));
		assertThat(shownIds()).hasSizeGreaterThan(3).isEqualTo(ids(expected));
		WebElement notice = driver().findElement(By.id("relaxation"));
		assertThat(notice.isDisplayed()).isTrue();
		assertThat(notice.getText())
			.isEqualTo("Only a few results have all your words. After them come results without: template");
	}

	@Test
	void aTextNamingATopicSaysItIsSearchedForTooAndFiltersByItOnRequestInFarsiAndEnglish() {
		open("lang=fa&kind=ADVICE_CENTRES&q=Existenzgr%C3%BCndung");
		Map<String, Object> expected = answer("adviceCentres", pageVariables("fa", Map.of("text", "Existenzgründung")));
		Map<String, Object> topic = conceptMatch(expected, "TOPIC", "BUSINESS_START_UP");
		assertThat((String) topic.get("name")).containsPattern("\\p{IsArabic}");
		WebElement line = driver().findElement(By.id("concept-matches"));
		assertThat(line.isDisplayed()).isTrue();
		assertThat(line.getText()).startsWith("جست‌وجو همچنین برای:").contains(topic.get("name") + " (موضوع)");
		assertThat(line.getCssValue("direction")).isEqualTo("rtl");
		assertThat(driver().findElement(By.id("relaxation")).getDomProperty("textContent")).isEmpty();

		WebElement button = line.findElement(By.cssSelector("button[data-field=TOPIC][data-value=BUSINESS_START_UP]"));
		assertThat(button.getDomAttribute("aria-describedby")).isEqualTo("concept-hint");
		button.click();
		awaitSearch((url) -> url.contains("f=TOPIC%3ABUSINESS_START_UP"));
		assertThat(driver().findElement(By.id("facet-TOPIC-BUSINESS_START_UP")).isSelected()).isTrue();
		Map<String, Object> filtered = answer("adviceCentres", pageVariables("fa",
				Map.of("text", "Existenzgründung", "filter", Map.of("topics", List.of("BUSINESS_START_UP")))));
		assertThat(shownIds()).isNotEmpty().isEqualTo(ids(filtered));
		assertThat(driver().switchTo().activeElement().getDomAttribute("id")).as("the focus stays by the line")
			.isEqualTo("concept-matches");
		assertThat(line.findElements(By.cssSelector("button[data-value=BUSINESS_START_UP]")))
			.as("a filter already set is no button")
			.isEmpty();

		new Select(driver().findElement(By.id("language"))).selectByValue("en");
		awaitSearch((url) -> url.contains("lang=en"));
		Map<String, Object> english = conceptMatch(
				answer("adviceCentres",
						pageVariables("en",
								Map.of("text", "Existenzgründung", "filter",
										Map.of("topics", List.of("BUSINESS_START_UP"))))),
				"TOPIC", "BUSINESS_START_UP");
		assertThat(line.getText()).startsWith("Also searching for: ").contains(english.get("name") + " (Topic)");
		assertThat(line.getCssValue("direction")).isEqualTo("ltr");
	}

	// ---- The page ----

	@Test
	void theOfflineCopySavesEveryAdviceCentreAndThenOnlyWhatChanged() throws IOException {
		open("lang=en&kind=ADVICE_CENTRES");
		browser.script("localStorage.removeItem('" + OFFLINE_KEY + "')");
		long live = ((Number) answer("adviceCentres", pageVariables("en", Map.of())).get("totalCount")).longValue();

		driver().findElement(By.id("offline-sync")).click();
		awaitOfflineStatus("advice centres saved on this device.");
		assertThat(offlineStatus())
			.isEqualTo(String.format(Locale.ROOT, "%,d advice centres saved on this device.", live));
		Map<String, Map<String, Object>> copy = offlineRecords();
		assertThat(copy).hasSize((int) live);

		// An editor changes one centre and withdraws another; the copy learns only that.
		List<String> lines = sampleAdviceCentres();
		ObjectNode changed = (ObjectNode) JSON.readTree(lines.get(0));
		String changedId = GlobalIds.of(ContentKind.ADVICE_CENTRES, changed.get("id").asText());
		String goneRecordId = JSON.readTree(lines.get(1)).get("id").asText();
		String goneId = GlobalIds.of(ContentKind.ADVICE_CENTRES, goneRecordId);
		assertThat(copy).containsKeys(changedId, goneId);
		changed.put("provider", "Offline-Copy-Test");
		try {
			publish(JSON.writeValueAsString(changed));
			editor().document("mutation($id: ID!) { unpublish(kind: ADVICE_CENTRES, id: $id) }")
				.variable("id", goneRecordId)
				.execute()
				.errors()
				.verify();

			driver().findElement(By.id("offline-sync")).click();
			awaitOfflineStatus("Up to date");
			assertThat(offlineStatus()).isEqualTo(String.format(Locale.ROOT,
					"Up to date: 1 changed, 1 removed; %,d advice centres saved on this device.", live - 1));
			Map<String, Map<String, Object>> updated = offlineRecords();
			assertThat(updated).hasSize((int) live - 1).doesNotContainKey(goneId);
			assertThat(updated.get(changedId)).containsEntry("provider", "Offline-Copy-Test");

			// Nothing changed since: nothing comes, and the copy stays.
			driver().findElement(By.id("offline-sync")).click();
			awaitOfflineStatus("Up to date: 0 changed");
			assertThat(offlineRecords()).isEqualTo(updated);
		}
		finally {
			// The other tests compare with the live content; put it back as it was.
			publish(lines.get(0) + "\n" + lines.get(1));
		}
		// The export link the section offers is the same records as one file.
		assertThat(driver().findElement(By.id("offline-export")).getDomAttribute("href"))
			.isEqualTo("../export/advice-centres.ndjson");
	}

	private static final String OFFLINE_KEY = "iq-directory.offline.ADVICE_CENTRES";

	private static final ObjectMapper JSON = new ObjectMapper();

	private void awaitOfflineStatus(String contains) {
		browser.waiting().until((d) -> {
			assertThat(d.findElement(By.id("errors")).getText()).as("errors shown by the page").isEmpty();
			return offlineStatus().contains(contains)
					&& Boolean.FALSE.equals(browser.script("return document.getElementById('offline-sync').disabled"));
		});
	}

	private String offlineStatus() {
		return driver().findElement(By.id("offline-status")).getText();
	}

	/** The page's saved copy, by global id. */
	private Map<String, Map<String, Object>> offlineRecords() throws IOException {
		String saved = browser.script("return localStorage.getItem('" + OFFLINE_KEY + "')");
		assertThat(saved).isNotNull();
		JsonNode copy = JSON.readTree(saved);
		assertThat(copy.get("token").asText()).isNotBlank();
		Map<String, Map<String, Object>> records = new LinkedHashMap<>();
		copy.get("records")
			.properties()
			.forEach((entry) -> records.put(entry.getKey(), JSON.convertValue(entry.getValue(),
					new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {
					})));
		return records;
	}

	private void publish(String ndjson) {
		editor().document("mutation($ndjson: String!) { publish(kind: ADVICE_CENTRES, ndjson: $ndjson) { published } }")
			.variable("ndjson", ndjson + "\n")
			.execute()
			.errors()
			.verify();
	}

	private HttpGraphQlTester editor() {
		return this.graphQl.mutate().header("Authorization", "Bearer " + ApiIntegrationTest.EDITOR_KEY).build();
	}

	private static List<String> sampleAdviceCentres() throws IOException {
		try (InputStream in = ContentSource.sample(ContentKind.ADVICE_CENTRES).open()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank())
				.toList();
		}
	}

	private WebDriver driver() {
		return browser.driver();
	}

	private void open(String query) {
		driver().get("http://localhost:" + this.port + "/finder/?" + query);
		awaitSearch((url) -> url.contains("kind="));
	}

	/** Waits until the page's URL shows a search and that search has answered. */
	private void awaitSearch(Predicate<String> url) {
		browser.waiting().until((d) -> url.test(d.getCurrentUrl()) && idle());
	}

	private void awaitResults(int count) {
		browser.waiting().until((d) -> idle() && shownIds().size() >= count);
	}

	// The search sets aria-busy and the URL in one task, so a URL showing the search
	// and no aria-busy means it has answered. An error on the page fails at once.
	private boolean idle() {
		String errors = driver().findElement(By.id("errors")).getText();
		assertThat(errors).as("errors shown by the page").isEmpty();
		return browser.<Boolean>script("""
				const results = document.getElementById('results');
				return !results.hasAttribute('aria-busy')
					&& document.getElementById('result-status').textContent !== '';""");
	}

	private WebElement tab() {
		new Actions(driver()).sendKeys(Keys.TAB).perform();
		return driver().switchTo().activeElement();
	}

	private List<String> shownIds() {
		return browser.script(
				"return [...document.querySelectorAll('#result-list [data-testid=result]')].map((r) => r.dataset.id)");
	}

	private List<Long> shownDistances() {
		return browser.<List<String>>script(
				"return [...document.querySelectorAll('#result-list [data-testid=distance]')].map((d) => d.dataset.meters)")
			.stream()
			.map(Long::valueOf)
			.toList();
	}

	/** The total in "1,234 results …", in any of the page's number formats. */
	private long shownTotal() {
		String status = driver().findElement(By.id("result-status")).getText();
		return Long.parseLong(status.replaceFirst("^([\\d.,\\s\u00a0\u202f]+).*$", "$1").replaceAll("\\D", ""));
	}

	/** Every facet value the page shows, with its count, by facet field. */
	private Map<String, Map<String, Long>> shownFacetCounts() {
		List<List<Object>> rows = browser
			.script("""
					return [...document.querySelectorAll('#facet-groups input[type=checkbox]')].map((box) =>
						[box.dataset.field, box.value, Number(document.getElementById(box.id + '-count').textContent)]);""");
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		for (List<Object> row : rows) {
			counts.computeIfAbsent((String) row.get(0), (field) -> new LinkedHashMap<>())
				.put((String) row.get(1), ((Number) row.get(2)).longValue());
		}
		return counts;
	}

	// ---- What the page's documents answer ----

	/** The variables the page sends for a first page (finder.js variables()). */
	private static Map<String, Object> pageVariables(String language, Map<String, Object> more) {
		Map<String, Object> variables = new HashMap<>(Map.of("language", language, "first", 20, "firstPage", true));
		variables.put("zoom", 8);
		variables.putAll(more);
		return variables;
	}

	private Map<String, Object> answer(String document, Map<String, Object> variables) {
		return map(this.graphQl.document(FinderDocuments.text(document))
			.variables(variables)
			.execute()
			.errors()
			.verify()
			.path(document)
			.entity(Map.class)
			.get());
	}

	private static Map<String, Object> conceptMatch(Map<String, Object> connection, String field, String value) {
		return list(connection.get("conceptMatches")).stream()
			.filter((match) -> field.equals(match.get("field")) && value.equals(match.get("value")))
			.findFirst()
			.orElseThrow(() -> new AssertionError(
					"no concept match " + field + " " + value + " in " + connection.get("conceptMatches")));
	}

	private static List<String> ids(Map<String, Object> connection) {
		return list(connection.get("edges")).stream().map((edge) -> (String) map(edge.get("node")).get("id")).toList();
	}

	/**
	 * The answer's counts for the values the page shows (it shows the first few of long
	 * facets).
	 */
	private Map<String, Map<String, Long>> facetCounts(Map<String, Object> connection) {
		Map<String, Map<String, Long>> shown = shownFacetCounts();
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		for (Map<String, Object> facet : list(connection.get("facets"))) {
			String field = (String) facet.get("field");
			if (!shown.containsKey(field)) {
				continue;
			}
			Map<String, Long> values = new LinkedHashMap<>();
			for (Map<String, Object> value : list(facet.get("values"))) {
				if (shown.get(field).containsKey(value.get("value"))) {
					values.put((String) value.get("value"), ((Number) value.get("count")).longValue());
				}
			}
			counts.put(field, values);
		}
		return counts;
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n    "
					+ rule.getNodes()
						.stream()
						.map((node) -> node.getTarget() + " " + node.getFailureSummary())
						.collect(Collectors.joining("\n    ")))
			.collect(Collectors.joining("\n"));
	}

}
