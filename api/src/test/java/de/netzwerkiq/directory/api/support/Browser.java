package de.netzwerkiq.directory.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium, driven by Selenium through Debian's chromium-driver.
 * Selenium Manager never runs: both binaries are given, so nothing is downloaded.
 * {@code tools/chromium/ensure-installed.sh} installs the two packages before the
 * integration tests when they are missing and the build runs as root.
 */
public final class Browser implements AutoCloseable {

	/** The Chromium binary: {@code IQ_TEST_CHROMIUM} or Debian's. */
	public static final Path CHROMIUM = binary("IQ_TEST_CHROMIUM", "/usr/bin/chromium");

	/** The matching ChromeDriver: {@code IQ_TEST_CHROMEDRIVER} or Debian's. */
	public static final Path CHROMEDRIVER = binary("IQ_TEST_CHROMEDRIVER", "/usr/bin/chromedriver");

	/** Where screenshots go: kept with the build's test reports. */
	public static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	private final ChromeDriver driver;

	private final Path profile;

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/**
	 * Starts a browser with a fresh profile and a 1280 × 1000 window.
	 * @throws IllegalStateException saying what to install when a binary is missing
	 */
	public static Browser start() throws IOException {
		for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
			if (!Files.isExecutable(binary)) {
				throw new IllegalStateException(binary + " is missing. The browser tests need Debian's chromium and "
						+ "chromium-driver: `./mvnw verify` installs them when it runs as root "
						+ "(tools/chromium/ensure-installed.sh); otherwise run `sudo apt-get install chromium "
						+ "chromium-driver`, or set IQ_TEST_CHROMIUM and IQ_TEST_CHROMEDRIVER to a matching pair.");
			}
		}
		Path profile = Files.createTempDirectory("iq-directory-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// As root Chromium needs --no-sandbox; the machine's network is closed, so
		// everything that phones home is off (else it retries refused connections).
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--disable-extensions", "--hide-scrollbars", "--user-data-dir=" + profile,
				"--window-size=1280,1000", "--lang=en-GB");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		try {
			return new Browser(new ChromeDriver(service, options), profile);
		}
		catch (RuntimeException ex) {
			FileSystemUtils.deleteRecursively(profile);
			throw ex;
		}
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	public WebDriverWait waiting() {
		return new WebDriverWait(this.driver, Duration.ofSeconds(20), Duration.ofMillis(50));
	}

	/** Runs a script in the page and returns its result. */
	@SuppressWarnings("unchecked")
	public <T> T script(String script, Object... arguments) {
		return (T) this.driver.executeScript(script, arguments);
	}

	/** Runs a script that calls its last argument with the result, and returns that. */
	@SuppressWarnings("unchecked")
	public <T> T asyncScript(String script, Object... arguments) {
		return (T) this.driver.executeAsyncScript(script, arguments);
	}

	/**
	 * Emulates a screen of this width (CSS pixels) and height, as a phone or a desktop
	 * browser: media queries and {@code window.innerWidth} see exactly this width.
	 */
	public void viewport(int width, int height, boolean mobile) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
	}

	/**
	 * Saves PNGs under {@link #SCREENSHOTS}: {@code name.png} of the whole page and
	 * {@code name-screen.png} of what the screen shows.
	 * @return the whole page's file
	 */
	public Path screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve(name + "-screen.png"), capture(false));
		Path file = SCREENSHOTS.resolve(name + ".png");
		Files.write(file, capture(true));
		return file;
	}

	private byte[] capture(boolean wholePage) {
		Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", wholePage));
		return Base64.getDecoder().decode((String) shot.get("data"));
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			try {
				FileSystemUtils.deleteRecursively(this.profile);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private static Path binary(String variable, String debian) {
		String configured = System.getenv(variable);
		return Path.of((configured != null && !configured.isBlank()) ? configured : debian);
	}

}
