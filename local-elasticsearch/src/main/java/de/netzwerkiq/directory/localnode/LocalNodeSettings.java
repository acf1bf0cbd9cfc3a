package de.netzwerkiq.directory.localnode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How to run the local node.
 *
 * @param home cache directory: the unpacked distribution and one folder per node run (its
 * logs are kept, its data is deleted on stop). When the JVM runs as root it must be
 * reachable by {@code nobody}, so it must not lie under {@code /root}.
 * @param distributionZip the distribution zip, or {@code null} to use the one the build
 * resolved
 * @param heap heap size of the node, e.g. {@code 512m}
 * @param startupTimeout how long to wait for the cluster to be at least yellow
 * @param shutdownTimeout how long to wait for a graceful stop before killing the node
 * @param setprivCommand the {@code setpriv} executable used to drop root privileges
 * @param minimumFreeDiskBytes refuse to start below this much free disk under home
 * @param extraSettings more {@code elasticsearch.yml} settings
 */
public record LocalNodeSettings(Path home, Path distributionZip, String heap, Duration startupTimeout,
		Duration shutdownTimeout, String setprivCommand, long minimumFreeDiskBytes, Map<String, String> extraSettings) {

	/** Environment variable that overrides the default home. */
	public static final String HOME_ENV = "IQ_ELASTICSEARCH_HOME";

	/** Environment variable that points at a distribution zip. */
	public static final String DISTRIBUTION_ENV = "IQ_ELASTICSEARCH_DISTRIBUTION";

	public LocalNodeSettings {
		Objects.requireNonNull(home, "home");
		Objects.requireNonNull(heap, "heap");
		Objects.requireNonNull(startupTimeout, "startupTimeout");
		Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
		Objects.requireNonNull(setprivCommand, "setprivCommand");
		if (!heap.matches("\\d+[mMgG]")) {
			throw new IllegalArgumentException("heap must look like 512m or 1g, got '" + heap + "'");
		}
		extraSettings = Map.copyOf(extraSettings == null ? Map.of() : extraSettings);
	}

	/**
	 * Defaults: 512 MB heap, 120 s to start, home from {@value #HOME_ENV} or a per-user
	 * cache directory ({@code /var/tmp/iq-directory} for root, because {@code nobody}
	 * cannot enter {@code /root}).
	 */
	public static LocalNodeSettings defaults() {
		String zip = System.getenv(DISTRIBUTION_ENV);
		return new LocalNodeSettings(defaultHome(), (zip == null || zip.isBlank()) ? null : Path.of(zip), "512m",
				Duration.ofSeconds(120), Duration.ofSeconds(30), "setpriv", 512L * 1024 * 1024, Map.of());
	}

	static Path defaultHome() {
		String configured = System.getenv(HOME_ENV);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured).toAbsolutePath();
		}
		if (Privileges.runningAsRoot()) {
			return Path.of("/var/tmp/iq-directory");
		}
		String xdg = System.getenv("XDG_CACHE_HOME");
		Path cache = (xdg != null && !xdg.isBlank()) ? Path.of(xdg)
				: Path.of(System.getProperty("user.home"), ".cache");
		return cache.resolve("iq-directory");
	}

	public LocalNodeSettings withHome(Path home) {
		return new LocalNodeSettings(home, this.distributionZip, this.heap, this.startupTimeout, this.shutdownTimeout,
				this.setprivCommand, this.minimumFreeDiskBytes, this.extraSettings);
	}

	public LocalNodeSettings withHeap(String heap) {
		return new LocalNodeSettings(this.home, this.distributionZip, heap, this.startupTimeout, this.shutdownTimeout,
				this.setprivCommand, this.minimumFreeDiskBytes, this.extraSettings);
	}

	public LocalNodeSettings withStartupTimeout(Duration startupTimeout) {
		return new LocalNodeSettings(this.home, this.distributionZip, this.heap, startupTimeout, this.shutdownTimeout,
				this.setprivCommand, this.minimumFreeDiskBytes, this.extraSettings);
	}

	public LocalNodeSettings withSetprivCommand(String setprivCommand) {
		return new LocalNodeSettings(this.home, this.distributionZip, this.heap, this.startupTimeout,
				this.shutdownTimeout, setprivCommand, this.minimumFreeDiskBytes, this.extraSettings);
	}

	public LocalNodeSettings withMinimumFreeDiskBytes(long minimumFreeDiskBytes) {
		return new LocalNodeSettings(this.home, this.distributionZip, this.heap, this.startupTimeout,
				this.shutdownTimeout, this.setprivCommand, minimumFreeDiskBytes, this.extraSettings);
	}

	public LocalNodeSettings withSetting(String key, String value) {
		Map<String, String> settings = new LinkedHashMap<>(this.extraSettings);
		settings.put(key, value);
		return new LocalNodeSettings(this.home, this.distributionZip, this.heap, this.startupTimeout,
				this.shutdownTimeout, this.setprivCommand, this.minimumFreeDiskBytes, settings);
	}

}
