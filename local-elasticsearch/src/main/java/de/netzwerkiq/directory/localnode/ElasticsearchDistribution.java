package de.netzwerkiq.directory.localnode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The official minimal Elasticsearch distribution
 * ({@code org.elasticsearch.distribution.integ-test-zip:elasticsearch}), resolved by the
 * Maven build and unpacked once into the cache directory.
 *
 * @param version the Elasticsearch version, e.g. 8.19.21
 * @param home the unpacked distribution
 * @param reused whether an earlier run had already unpacked it
 */
public record ElasticsearchDistribution(String version, Path home, boolean reused) {

	private static final String MARKER = ".unpacked";

	private static final String GROUP_PATH = "org/elasticsearch/distribution/integ-test-zip/elasticsearch";

	/** The version the build resolved. */
	public static String buildVersion() {
		return buildProperties().getProperty("version");
	}

	static ElasticsearchDistribution unpackOnce(LocalNodeSettings settings) {
		String version = buildVersion();
		Path zip = locateZip(settings, version);
		Path target = settings.home().resolve("elasticsearch-" + version);
		if (Files.exists(target.resolve(MARKER))) {
			return new ElasticsearchDistribution(version, target, true);
		}
		// Another JVM (a test run beside the app) may be unpacking the same version.
		try (FileChannel channel = FileChannel.open(settings.home().resolve(".unpack.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
			if (Files.exists(target.resolve(MARKER))) {
				return new ElasticsearchDistribution(version, target, true);
			}
			Path staging = settings.home()
				.resolve(".elasticsearch-" + version + ".partial-" + ProcessHandle.current().pid());
			deleteRecursively(staging);
			deleteRecursively(target);
			unzip(zip, staging);
			Files.createFile(staging.resolve(MARKER));
			try {
				Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(staging, target);
			}
			return new ElasticsearchDistribution(version, target, false);
		}
		catch (IOException ex) {
			throw new LocalNodeException(
					"Could not unpack " + zip + " into " + settings.home() + ": " + ex.getMessage(), ex);
		}
	}

	static Path locateZip(LocalNodeSettings settings, String version) {
		List<Path> candidates = new ArrayList<>();
		if (settings.distributionZip() != null) {
			candidates.add(settings.distributionZip());
		}
		else {
			String recorded = buildProperties().getProperty("zip", "");
			if (!recorded.isBlank() && !recorded.startsWith("@")) {
				candidates.add(Path.of(recorded));
			}
			String repo = System.getProperty("maven.repo.local",
					Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
			candidates.add(Path.of(repo, GROUP_PATH, version, "elasticsearch-" + version + ".zip"));
		}
		return candidates.stream()
			.filter(Files::isRegularFile)
			.findFirst()
			.orElseThrow(() -> new LocalNodeException("The Elasticsearch " + version
					+ " distribution zip was not found (looked at " + candidates + "). Run './mvnw install -DskipTests'"
					+ " once, which resolves it from Maven Central, set " + LocalNodeSettings.DISTRIBUTION_ENV
					+ ", or point spring.elasticsearch.uris at an existing cluster."));
	}

	private static void unzip(Path zip, Path target) throws IOException {
		Files.createDirectories(target);
		Path root = target.toAbsolutePath().normalize();
		try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
			for (ZipEntry entry; (entry = entries.getNextEntry()) != null;) {
				// Drop the top-level "elasticsearch-x.y.z/" folder.
				String name = entry.getName();
				int slash = name.indexOf('/');
				if (slash < 0 || slash == name.length() - 1) {
					continue;
				}
				Path path = root.resolve(name.substring(slash + 1)).normalize();
				if (!path.startsWith(root)) {
					throw new IOException("Refusing zip entry outside the target: " + name);
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
					continue;
				}
				Files.createDirectories(path.getParent());
				Files.copy(entries, path, StandardCopyOption.REPLACE_EXISTING);
				// The zip's Unix modes are lost by ZipInputStream; only the launch
				// scripts need x.
				boolean script = name.substring(slash + 1).startsWith("bin/");
				Files.setPosixFilePermissions(path,
						PosixFilePermissions.fromString(script ? "rwxr-xr-x" : "rw-r--r--"));
			}
		}
		try (var dirs = Files.walk(root)) {
			for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
				Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
			}
		}
	}

	static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (var paths = Files.walk(path)) {
			paths.sorted(Comparator.reverseOrder()).forEach((p) -> {
				try {
					Files.deleteIfExists(p);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private static Properties buildProperties() {
		Properties properties = new Properties();
		try (InputStream in = ElasticsearchDistribution.class.getResourceAsStream("distribution.properties")) {
			if (in == null) {
				throw new LocalNodeException(
						"distribution.properties is missing from the classpath: rebuild with Maven");
			}
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
