package de.netzwerkiq.directory.localnode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One real single-node Elasticsearch cluster, started from the minimal distribution on
 * free ports, bound to 127.0.0.1, with security off. {@link #start} returns once the
 * cluster is at least yellow; {@link #close} (or JVM exit) stops it. Each run gets its
 * own folder under the settings' home: data is deleted on stop, logs are kept (the last
 * {@value #KEPT_RUNS} runs).
 */
public final class LocalElasticsearchNode implements AutoCloseable {

	private static final System.Logger log = System.getLogger(LocalElasticsearchNode.class.getName());

	static final String CLUSTER_NAME = "iq-directory-local";

	private static final int KEPT_RUNS = 5;

	private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

	/**
	 * Run folders of the nodes this JVM runs (a test cluster has several): pruning never
	 * touches them, though their owner is this very process.
	 */
	private static final Set<String> activeRuns = ConcurrentHashMap.newKeySet();

	private static final AtomicInteger runSequence = new AtomicInteger();

	private final LocalNodeSettings settings;

	private final ElasticsearchDistribution distribution;

	private final Path runDir;

	private final Process process;

	private final Thread shutdownHook;

	private volatile URI httpUri;

	private volatile boolean closed;

	private LocalElasticsearchNode(LocalNodeSettings settings, ElasticsearchDistribution distribution, Path runDir,
			Process process) {
		this.settings = settings;
		this.distribution = distribution;
		this.runDir = runDir;
		this.process = process;
		this.shutdownHook = new Thread(this::close, "local-elasticsearch-shutdown");
	}

	/**
	 * Unpacks the distribution if needed, launches the node and waits until the cluster
	 * is at least yellow.
	 * @throws LocalNodeException when anything is wrong, naming the node's log if it ran
	 */
	public static LocalElasticsearchNode start(LocalNodeSettings settings) {
		long started = System.nanoTime();
		boolean root = Privileges.runningAsRoot();
		List<String> launchPrefix = Privileges.launchPrefix(settings.setprivCommand(), root);
		Path home = prepareHome(settings, root);
		ElasticsearchDistribution distribution = ElasticsearchDistribution.unpackOnce(settings);
		pruneOldRuns(home.resolve("runs"));
		Path runDir = prepareRun(settings, home, root, distribution);

		List<String> command = new ArrayList<>(launchPrefix);
		command.add(distribution.home().resolve("bin/elasticsearch").toString());
		ProcessBuilder builder = new ProcessBuilder(command).directory(runDir.resolve("logs").toFile())
			.redirectErrorStream(true)
			.redirectOutput(runDir.resolve("logs/console.log").toFile());
		Map<String, String> env = builder.environment();
		env.put("ES_JAVA_HOME", System.getProperty("java.home"));
		env.put("ES_PATH_CONF", runDir.resolve("config").toString());
		env.put("ES_TMPDIR", runDir.resolve("tmp").toString());
		env.put("ES_JAVA_OPTS", "-Xms" + settings.heap() + " -Xmx" + settings.heap());
		env.remove("JAVA_TOOL_OPTIONS");

		LocalElasticsearchNode node = new LocalElasticsearchNode(settings, distribution, runDir, launch(builder));
		Runtime.getRuntime().addShutdownHook(node.shutdownHook);
		try {
			node.awaitYellow();
		}
		catch (RuntimeException ex) {
			node.close();
			throw ex;
		}
		// Strings, so that MessageFormat does not print "pid 17,699".
		log.log(Level.INFO, "Elasticsearch {0} is up at {1} after {2} ms (pid {3}, log {4}{5})", distribution.version(),
				node.httpUri, String.valueOf(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)),
				String.valueOf(node.pid()), node.logFile(),
				distribution.reused() ? "" : ", distribution unpacked to " + distribution.home());
		return node;
	}

	/**
	 * With {@code setpriv --pdeathsig} the kernel signals the child when the thread that
	 * forked it ends, not the process; so the fork happens on a thread that lives exactly
	 * as long as the node.
	 */
	private static Process launch(ProcessBuilder builder) {
		CompletableFuture<Process> launched = new CompletableFuture<>();
		Thread owner = new Thread(() -> {
			try {
				Process process = builder.start();
				launched.complete(process);
				process.waitFor();
			}
			catch (IOException ex) {
				launched.completeExceptionally(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, "local-elasticsearch-process");
		owner.setDaemon(true);
		owner.start();
		try {
			return launched.get();
		}
		catch (ExecutionException ex) {
			throw new LocalNodeException("Could not launch " + builder.command() + ": " + ex.getCause().getMessage(),
					ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LocalNodeException("Interrupted while launching Elasticsearch", ex);
		}
	}

	private static Path prepareHome(LocalNodeSettings settings, boolean root) {
		Path home = settings.home().toAbsolutePath();
		try {
			Files.createDirectories(home.resolve("runs"));
			if (root) {
				Privileges.checkReachableByNobody(home);
				Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
				Files.setPosixFilePermissions(home.resolve("runs"), PosixFilePermissions.fromString("rwxr-xr-x"));
			}
			long free = Files.getFileStore(home).getUsableSpace();
			if (free < settings.minimumFreeDiskBytes()) {
				throw new LocalNodeException("Only " + (free >> 20) + " MB of disk are free under " + home
						+ "; the local Elasticsearch node needs at least " + (settings.minimumFreeDiskBytes() >> 20)
						+ " MB. Free some space or set " + LocalNodeSettings.HOME_ENV + " to another disk.");
			}
		}
		catch (IOException ex) {
			throw new LocalNodeException("Cannot use " + home + " for the local Elasticsearch node: " + ex, ex);
		}
		return home;
	}

	private static Path prepareRun(LocalNodeSettings settings, Path home, boolean root,
			ElasticsearchDistribution distribution) {
		// Nodes started together in one JVM get distinct folders.
		Path runDir = home.resolve("runs")
			.resolve(LocalDateTime.now().format(RUN_ID) + "-" + runSequence.incrementAndGet() + "-pid"
					+ ProcessHandle.current().pid());
		activeRuns.add(runDir.getFileName().toString());
		try {
			Path config = runDir.resolve("config");
			Files.createDirectories(config);
			Files.createDirectories(runDir.resolve("data"));
			Files.createDirectories(runDir.resolve("logs"));
			Files.createDirectories(runDir.resolve("tmp"));
			Path distributionConfig = distribution.home().resolve("config");
			try (Stream<Path> files = Files.list(distributionConfig)) {
				for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
					Files.copy(file, config.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
				}
			}
			Files.writeString(config.resolve("elasticsearch.yml"), elasticsearchYml(settings, runDir),
					StandardCharsets.UTF_8);
			if (root) {
				Privileges.giveToNobody(runDir);
			}
		}
		catch (IOException ex) {
			throw new LocalNodeException("Cannot prepare " + runDir + " for the local Elasticsearch node: " + ex, ex);
		}
		return runDir;
	}

	private static String elasticsearchYml(LocalNodeSettings settings, Path runDir) {
		Map<String, String> yml = new LinkedHashMap<>();
		yml.put("cluster.name", CLUSTER_NAME);
		yml.put("node.name", "local");
		yml.put("discovery.type", "single-node");
		yml.put("network.host", "127.0.0.1");
		// Port 0 lets the kernel choose free ports; the node writes them to logs/*.ports.
		yml.put("http.port", "0");
		yml.put("transport.port", "0");
		yml.put("node.portsfile", "true");
		yml.put("path.data", runDir.resolve("data").toString());
		yml.put("path.logs", runDir.resolve("logs").toString());
		yml.put("xpack.security.enabled", "false");
		// A full developer disk must not make the node refuse to allocate shards.
		yml.put("cluster.routing.allocation.disk.threshold_enabled", "false");
		yml.putAll(settings.extraSettings());
		StringBuilder text = new StringBuilder("# Written by IQ Directory's local node launcher.\n");
		yml.forEach((key, value) -> text.append(key).append(": \"").append(value.replace("\"", "\\\"")).append("\"\n"));
		return text.toString();
	}

	private void awaitYellow() {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + this.settings.startupTimeout().toNanos();
		Path portsFile = this.runDir.resolve("logs/http.ports");
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw failure("Elasticsearch exited during start-up with code " + this.process.exitValue());
			}
			try {
				if (this.httpUri == null && Files.exists(portsFile)) {
					this.httpUri = parsePortsFile(Files.readAllLines(portsFile)).orElse(null);
				}
				if (this.httpUri != null) {
					HttpResponse<String> health = http.send(HttpRequest
						.newBuilder(this.httpUri.resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"))
						.timeout(Duration.ofSeconds(5))
						.build(), HttpResponse.BodyHandlers.ofString());
					if (health.statusCode() == 200 && !health.body().contains("\"status\":\"red\"")) {
						return;
					}
				}
				Thread.sleep(200);
			}
			catch (IOException ex) {
				// Not listening yet.
				sleepQuietly();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw failure("Interrupted while waiting for Elasticsearch to start");
			}
		}
		throw failure(
				"Elasticsearch was not at least yellow within " + this.settings.startupTimeout().toSeconds() + " s");
	}

	/** The first address in a ports file; empty while the file has none yet. */
	static Optional<URI> parsePortsFile(List<String> lines) {
		return lines.stream()
			.filter((line) -> !line.isBlank())
			.findFirst()
			.map((address) -> URI.create("http://" + address.trim()));
	}

	private static void sleepQuietly() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private LocalNodeException failure(String what) {
		return new LocalNodeException(what + causeFromLog(logFile()) + ". Node log: " + logFile() + " (console: "
				+ consoleLog() + ")" + lastLines(consoleLog(), 15));
	}

	/**
	 * The first exception the node logged (its bootstrap failures go there, not to the
	 * console).
	 */
	static String causeFromLog(Path logFile) {
		try (Stream<String> lines = Files.lines(logFile, StandardCharsets.UTF_8)) {
			return lines.filter((line) -> line.matches("^[\\w.$]+(Exception|Error): .*"))
				.findFirst()
				.map((line) -> ": " + line)
				.orElse("");
		}
		catch (IOException | UncheckedIOException ex) {
			return "";
		}
	}

	private static String lastLines(Path file, int count) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			List<String> tail = lines.subList(Math.max(0, lines.size() - count), lines.size());
			return tail.isEmpty() ? "" : "\nLast lines of " + file + ":\n  " + String.join("\n  ", tail);
		}
		catch (IOException | UncheckedIOException ex) {
			return "";
		}
	}

	/**
	 * Keeps the newest runs' folders (for their logs); older ones, and data of dead runs,
	 * go.
	 */
	private static void pruneOldRuns(Path runs) {
		try (Stream<Path> dirs = Files.list(runs)) {
			List<Path> sorted = dirs.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList();
			for (int i = 0; i < sorted.size(); i++) {
				Path run = sorted.get(i);
				if (ownerAlive(run)) {
					continue;
				}
				ElasticsearchDistribution.deleteRecursively((i < KEPT_RUNS) ? run.resolve("data") : run);
			}
		}
		catch (IOException ex) {
			log.log(Level.WARNING, "Could not prune old local node runs under {0}: {1}", runs, ex.toString());
		}
	}

	private static boolean ownerAlive(Path run) {
		String name = run.getFileName().toString();
		if (activeRuns.contains(name)) {
			return true;
		}
		int at = name.lastIndexOf("-pid");
		if (at < 0) {
			return false;
		}
		try {
			long pid = Long.parseLong(name.substring(at + 4));
			return pid != ProcessHandle.current().pid()
					&& ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	/** The node's HTTP address, e.g. {@code http://127.0.0.1:41757}. */
	public URI httpUri() {
		return this.httpUri;
	}

	/** The node's main log file. */
	public Path logFile() {
		return this.runDir.resolve("logs").resolve(CLUSTER_NAME + ".log");
	}

	/** What the launcher and JVM printed (bootstrap errors land here). */
	public Path consoleLog() {
		return this.runDir.resolve("logs/console.log");
	}

	public ElasticsearchDistribution distribution() {
		return this.distribution;
	}

	/** Process id of the launcher; the server JVM is its child. */
	public long pid() {
		return this.process.pid();
	}

	/** The launcher and the server JVM. */
	public List<ProcessHandle> processes() {
		List<ProcessHandle> all = new ArrayList<>();
		all.add(this.process.toHandle());
		this.process.descendants().forEach(all::add);
		return all;
	}

	public boolean isRunning() {
		return this.process.isAlive();
	}

	/**
	 * Stops the node gracefully, kills it after the shutdown timeout, and deletes its
	 * data.
	 */
	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			if (Thread.currentThread() != this.shutdownHook) {
				Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
			}
		}
		catch (IllegalStateException ex) {
			// The JVM is already shutting down.
		}
		List<ProcessHandle> descendants = this.process.descendants().toList();
		this.process.destroy();
		try {
			if (!this.process.waitFor(this.settings.shutdownTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
				log.log(Level.WARNING, "Elasticsearch did not stop within {0} s; killing it",
						this.settings.shutdownTimeout().toSeconds());
				this.process.destroyForcibly();
			}
			// The server JVM stops when its launcher's stdin closes; give it time, then
			// make sure.
			for (ProcessHandle child : descendants) {
				try {
					child.onExit().get(10, TimeUnit.SECONDS);
				}
				catch (ExecutionException | TimeoutException ex) {
					child.destroyForcibly();
				}
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			descendants.forEach(ProcessHandle::destroyForcibly);
			Thread.currentThread().interrupt();
		}
		try {
			ElasticsearchDistribution.deleteRecursively(this.runDir.resolve("data"));
			ElasticsearchDistribution.deleteRecursively(this.runDir.resolve("tmp"));
		}
		catch (IOException ex) {
			log.log(Level.WARNING, "Could not delete the data of {0}: {1}", this.runDir, ex.toString());
		}
		activeRuns.remove(this.runDir.getFileName().toString());
	}

}
